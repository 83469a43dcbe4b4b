import { useState } from 'react';
import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Checkbox, Drawer, Form, Grid, Input, Select, Space, Table, Typography } from 'antd';
import { api, call, int } from '@web/api/client';
import { ApiError, showFieldErrors } from '@web/api/errors';
import type { CapabilityView } from '@web/api/types';
import type { components } from '@web/api/schema';
import { FieldPicker } from '@web/components/FieldPicker';
import { COOPERATION_MODES, modeLabel } from '@web/components/labels';
import { StateTag } from '@web/components/StateTag';
import { useLoad } from '@web/components/useLoad';
import { useI18n } from '@web/i18n/i18n';

const FIELDS = ['title', 'description', 'fields', 'keywords', 'serviceModes', 'regions', 'availability', 'providerId'];

/** Capabilities (科技所能) the user publishes, with their review state; a new one is saved as a draft or sent to review. */
export default function CapabilitiesPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const wide = Grid.useBreakpoint().md ?? true;
  const [form] = Form.useForm();
  const [open, setOpen] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const list = useLoad(
    () => call(api.GET('/api/v1/capabilities', { params: { query: { mine: true, limit: int(100) } } })),
    [],
  );

  const save = async (submit: boolean) => {
    setSaving(true);
    setFailure(null);
    try {
      const values = Object.fromEntries(
        Object.entries(form.getFieldsValue(true) as Record<string, unknown>).filter(
          ([, v]) => v !== undefined && v !== '',
        ),
      );
      const created = await call(
        api.POST('/api/v1/capabilities', { body: values as components['schemas']['CreateCapabilityRequest'] }),
      );
      if (submit) await call(api.POST('/api/v1/capabilities/{id}/submit', { params: { path: { id: created.id } } }));
      message.success(submit ? t('needForm.submitted') : t('common.saved'));
      setOpen(false);
      form.resetFields();
      list.reload();
    } catch (err) {
      const rest = showFieldErrors(form, err, FIELDS);
      if (!(err instanceof ApiError) || !err.fieldErrors.length || rest.length)
        setFailure(err instanceof Error ? err.message : String(err));
    } finally {
      setSaving(false);
    }
  };

  const submitExisting = async (id: string) => {
    try {
      await call(api.POST('/api/v1/capabilities/{id}/submit', { params: { path: { id } } }));
      list.reload();
    } catch (err) {
      message.error(err instanceof Error ? err.message : String(err));
    }
  };

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t('expert.capabilities')}
        </Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
          {t('expert.newCapability')}
        </Button>
      </Space>
      {list.error && <Alert type="error" showIcon title={list.error.message} />}
      <Table<CapabilityView>
        rowKey="id"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        scroll={{ x: 640 }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          { title: t('form.title'), dataIndex: 'title' },
          { title: t('capability.provider'), dataIndex: 'providerName', render: (v?: string | null) => v ?? '—' },
          {
            title: t('need.state'),
            dataIndex: 'state',
            width: 140,
            render: (s: string, c) => <StateTag state={s} returned={s === 'draft' && !!c.returnReason} />,
          },
          { title: t('need.returnReason'), dataIndex: 'returnReason', render: (v?: string | null) => v ?? '—' },
          {
            title: '',
            key: 'actions',
            width: 120,
            render: (_, c) =>
              c.allowedActions.includes('submit') && (
                <Button size="small" onClick={() => submitExisting(c.id)}>
                  {t('needAction.submit')}
                </Button>
              ),
          },
        ]}
      />
      <Drawer open={open} onClose={() => setOpen(false)} title={t('expert.newCapability')} size={wide ? 640 : '100%'}>
        {failure && <Alert type="error" showIcon title={failure} style={{ marginBottom: 12 }} role="alert" />}
        <Form form={form} layout="vertical" requiredMark={false} initialValues={{ serviceModes: [] }}>
          <Form.Item name="title" label={t('form.title')}>
            <Input />
          </Form.Item>
          <Form.Item name="description" label={t('form.description')}>
            <Input.TextArea rows={5} />
          </Form.Item>
          <Form.Item name="fields" label={t('form.fields')}>
            <FieldPicker aria-label={t('form.fields')} />
          </Form.Item>
          <Form.Item name="keywords" label={t('form.keywords')} extra={t('form.keywordsHint')}>
            <Select
              mode="tags"
              open={false}
              suffixIcon={null}
              tokenSeparators={[',', '，', ';', '；']}
              aria-label={t('form.keywords')}
            />
          </Form.Item>
          <Form.Item name="serviceModes" label={t('capability.serviceModes')}>
            <Checkbox.Group options={COOPERATION_MODES.map((m) => ({ value: m, label: modeLabel(t, m) }))} />
          </Form.Item>
          <Form.Item name="regions" label={t('capability.regions')} extra={t('capability.regionsHint')}>
            <Select
              mode="tags"
              open={false}
              suffixIcon={null}
              tokenSeparators={[',', '，', ';', '；']}
              aria-label={t('capability.regions')}
            />
          </Form.Item>
          <Form.Item name="availability" label={t('capability.availability')}>
            <Input />
          </Form.Item>
          <Space>
            <Button loading={saving} onClick={() => save(false)}>
              {t('needForm.saveDraft')}
            </Button>
            <Button type="primary" loading={saving} onClick={() => save(true)}>
              {t('needForm.saveAndSubmit')}
            </Button>
          </Space>
        </Form>
      </Drawer>
    </Space>
  );
}
