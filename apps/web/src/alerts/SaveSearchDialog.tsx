import { useState } from 'react';
import { Alert, App, Form, Input, Modal, Radio, Space, Typography } from 'antd';
import { api, call } from '@web/api/client';
import { ApiError } from '@web/api/errors';
import { useI18n } from '@web/i18n/i18n';
import { Criteria, SavedSearchCriteria } from './SavedSearchCriteria';

type Frequency = 'immediate' | 'daily';

/** The "save this search" dialog: the search's words and filters, a name, and how often to hear of new results. */
export default function SaveSearchDialog({
  kind,
  criteria,
  onClose,
}: {
  kind: 'needs' | 'capabilities';
  criteria: Criteria;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [form] = Form.useForm<{ name: string; frequency: Frequency }>();
  const initial = {
    name: (criteria.q ?? '').slice(0, 100) || t(`alerts.kind.${kind}`),
    frequency: 'daily' as Frequency,
  };

  const save = async ({ name, frequency }: { name: string; frequency: Frequency }) => {
    setSaving(true);
    try {
      const body = { name, kind, frequency, ...Object.fromEntries(Object.entries(criteria).filter(([, v]) => v)) };
      await call(api.POST('/api/v1/saved-searches', { body }));
      onClose();
      message.success(t('alerts.saved'));
    } catch (e) {
      setError(e instanceof ApiError ? [e.message, ...e.fieldErrors.map((f) => f.message)].join('：') : String(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title={t('alerts.saveTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 4 }}>
          {t('alerts.saveIntro')}
        </Typography.Paragraph>
        <div>
          <Typography.Text strong>
            {t('alerts.criteria')}（{t(`alerts.kind.${kind}`)}）
          </Typography.Text>
          <div style={{ marginTop: 6 }}>
            <SavedSearchCriteria criteria={criteria} />
          </div>
        </div>
        {error && <Alert type="error" showIcon title={error} />}
        <Form form={form} layout="vertical" onFinish={save} requiredMark={false} initialValues={initial}>
          <Form.Item
            name="name"
            label={t('alerts.name')}
            rules={[{ required: true, whitespace: true, message: t('alerts.nameRequired') }, { max: 100 }]}
          >
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="frequency" label={t('alerts.frequency')}>
            <Radio.Group>
              <Space orientation="vertical">
                <Radio value="daily">{t('alerts.frequency.daily')}</Radio>
                <Radio value="immediate">{t('alerts.frequency.immediate')}</Radio>
              </Space>
            </Radio.Group>
          </Form.Item>
        </Form>
      </Space>
    </Modal>
  );
}
