import { useEffect, useState } from 'react';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Form, Input, InputNumber, Select, Space, Spin, Switch, Typography } from 'antd';
import { api, call } from '@web/api/client';
import { ApiError, showFieldErrors } from '@web/api/errors';
import type { components } from '@web/api/schema';
import type { ExpertProfile } from '@web/api/types';
import { FieldPicker } from '@web/components/FieldPicker';
import { RegionPicker } from '@web/components/RegionPicker';
import { useI18n } from '@web/i18n/i18n';

/**
 * The expert's own profile with publications, patents and achievements. Saving sends it for review: it is public
 * (searched and matched) once a coordinator of the region approved it; the review's state and reason show on top.
 */
export default function ProfilePage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const [loading, setLoading] = useState(true);
  const [exists, setExists] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [review, setReview] = useState<Pick<ExpertProfile, 'reviewState' | 'returnReason'> | null>(null);

  useEffect(() => {
    call(api.GET('/api/v1/me/expert-profile'))
      .then((p) => {
        setExists(true);
        setReview(p);
        form.setFieldsValue({ ...p, region: p.regionCode, fields: fieldsAsCodes(p) });
      })
      .catch((err: unknown) => {
        if (!(err instanceof ApiError && err.status === 404))
          setFailure(err instanceof Error ? err.message : String(err));
      })
      .finally(() => setLoading(false));
  }, [form]);

  const save = async () => {
    setSaving(true);
    setFailure(null);
    try {
      const values = form.getFieldsValue(true) as Record<string, unknown>;
      const body = Object.fromEntries(
        Object.entries(values).filter(([k, v]) => v !== undefined && v !== null && v !== '' && k !== 'regionCode'),
      );
      const saved = await call(
        api.PUT('/api/v1/me/expert-profile', { body: body as components['schemas']['ExpertProfileDto'] }),
      );
      setExists(true);
      setReview(saved);
      form.setFieldsValue({ ...saved, region: saved.regionCode, fields: fieldsAsCodes(saved) });
      message.success(t('common.saved'));
    } catch (err) {
      const rest = showFieldErrors(form, err, [
        'name',
        'title',
        'affiliation',
        'region',
        'fields',
        'keywords',
        'bio',
        'available',
        'contactEmail',
        'contactPhone',
        'publications',
      ]);
      if (!(err instanceof ApiError) || !err.fieldErrors.length || rest.length)
        setFailure(err instanceof Error ? err.message : String(err));
    } finally {
      setSaving(false);
    }
  };

  if (loading) return <Spin />;
  return (
    <Space orientation="vertical" style={{ width: '100%', maxWidth: 900 }}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t('expert.profile')}
      </Typography.Title>
      {!exists && <Alert type="info" showIcon title={t('expert.noProfile')} />}
      {review && (
        <Alert
          data-testid="profile-review-state"
          type={review.returnReason ? 'warning' : review.reviewState === 'approved' ? 'success' : 'info'}
          showIcon
          title={t(`profileReview.${review.reviewState}`, { reason: review.returnReason ?? '' })}
        />
      )}
      {failure && <Alert type="error" showIcon title={failure} role="alert" />}
      <Form form={form} layout="vertical" initialValues={{ available: true, publications: [] }} requiredMark={false}>
        <Card size="small" title={t('expert.basics')} style={{ marginBottom: 16 }}>
          <Space wrap style={{ width: '100%' }} align="start">
            <Form.Item name="name" label={t('expert.name')}>
              <Input style={{ width: 220 }} />
            </Form.Item>
            <Form.Item name="title" label={t('expert.title')}>
              <Input style={{ width: 220 }} placeholder={t('expert.titlePlaceholder')} />
            </Form.Item>
            <Form.Item name="affiliation" label={t('expert.affiliation')}>
              <Input style={{ width: 300 }} />
            </Form.Item>
          </Space>
          <Form.Item name="region" label={t('form.region')}>
            <RegionPicker aria-label={t('form.region')} />
          </Form.Item>
          <Form.Item name="fields" label={t('expert.disciplines')}>
            <FieldPicker aria-label={t('expert.disciplines')} />
          </Form.Item>
          <Form.Item name="keywords" label={t('expert.interests')} extra={t('form.keywordsHint')}>
            <Select
              mode="tags"
              open={false}
              suffixIcon={null}
              tokenSeparators={[',', '，', ';', '；']}
              aria-label={t('expert.interests')}
            />
          </Form.Item>
          <Form.Item name="bio" label={t('expert.bio')}>
            <Input.TextArea rows={4} />
          </Form.Item>
          <Space wrap align="start">
            <Form.Item name="contactEmail" label={t('expert.contactEmail')} extra={t('expert.contactHint')}>
              <Input style={{ width: 260 }} />
            </Form.Item>
            <Form.Item name="contactPhone" label={t('expert.contactPhone')}>
              <Input style={{ width: 200 }} />
            </Form.Item>
            <Form.Item name="available" label={t('expert.available')} valuePropName="checked">
              <Switch />
            </Form.Item>
          </Space>
        </Card>
        <Card size="small" title={t('expert.publications')} style={{ marginBottom: 16 }}>
          <Form.List name="publications">
            {(items, { add, remove }) => (
              <>
                {items.map((item) => (
                  <div key={item.key} style={{ borderBottom: '1px solid #f0f0f0', marginBottom: 12 }}>
                    <Space wrap align="start">
                      <Form.Item name={[item.name, 'kind']} label={t('expert.workKind')} initialValue="publication">
                        <Select
                          style={{ width: 120 }}
                          options={(['publication', 'patent', 'achievement'] as const).map((k) => ({
                            value: k,
                            label: t(`work.${k}`),
                          }))}
                        />
                      </Form.Item>
                      <Form.Item name={[item.name, 'title']} label={t('form.title')}>
                        <Input style={{ width: 380 }} />
                      </Form.Item>
                      <Form.Item name={[item.name, 'year']} label={t('expert.year')}>
                        <InputNumber style={{ width: 100 }} />
                      </Form.Item>
                      <Button
                        type="text"
                        icon={<MinusCircleOutlined />}
                        aria-label={t('form.remove')}
                        onClick={() => remove(item.name)}
                        style={{ marginTop: 30 }}
                      />
                    </Space>
                    <Form.Item name={[item.name, 'abstract']} label={t('expert.abstract')}>
                      <Input.TextArea rows={2} />
                    </Form.Item>
                  </div>
                ))}
                <Button icon={<PlusOutlined />} onClick={() => add({ kind: 'publication' })}>
                  {t('expert.addWork')}
                </Button>
              </>
            )}
          </Form.List>
        </Card>
        <Button type="primary" loading={saving} onClick={save}>
          {t('common.save')}
        </Button>
      </Form>
    </Space>
  );
}

/** Disciplines saved as names ("材料") become taxonomy codes, so the picker shows them in the user's language. */
const fieldsAsCodes = (p: { fields: string[]; fieldCodes: (string | null)[] }) =>
  p.fields.map((f, i) => p.fieldCodes[i] ?? f);
