import { useState } from 'react';
import { Alert, App, Button, Form, Input, Modal, Select, Space, Tag, Tooltip, Typography } from 'antd';
import { Link } from 'react-router';
import { api, call } from '@web/api/client';
import { ApiError, showFieldErrors } from '@web/api/errors';
import { DECLINE_REASONS } from '@web/api/types';
import type { components } from '@web/api/schema';
import { declineLabel } from '@web/engagements/labels';
import { useI18n } from '@web/i18n/i18n';

type Action = 'approve' | 'reject' | 'pin' | 'exclude';
type Schemas = components['schemas'];

/**
 * The coordinator's decision on one suggested provider: approve (the introduction goes to both sides), reject with
 * a reason (a label for the matching engine), pin to the top, or exclude for good. Each asks for the API's fields.
 */
export function MatchActions({
  needId,
  providerId,
  providerName,
  engagementId,
  onDone,
}: {
  needId: string;
  providerId: string;
  providerName: string;
  engagementId?: string;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const [action, setAction] = useState<Action | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  if (engagementId)
    return (
      <Link to={`/engagements/${engagementId}`}>
        <Tag color="blue">{t('match.introduced')}</Tag>
      </Link>
    );

  const run = async () => {
    if (!action) return;
    setBusy(true);
    setFailure(null);
    const params = { path: { id: needId, providerId } };
    const v = Object.fromEntries(
      Object.entries(form.getFieldsValue(true) as Record<string, unknown>).filter(
        ([, x]) => x !== undefined && x !== '',
      ),
    );
    try {
      if (action === 'approve')
        await call(api.POST('/api/v1/needs/{id}/matches/{providerId}/approve', { params, body: v }));
      if (action === 'reject')
        await call(
          api.POST('/api/v1/needs/{id}/matches/{providerId}/reject', { params, body: v as Schemas['RejectMatchBody'] }),
        );
      if (action === 'pin')
        await call(
          api.POST('/api/v1/needs/{id}/matches/{providerId}/pin', { params, body: v as Schemas['ReasonBody'] }),
        );
      if (action === 'exclude')
        await call(
          api.POST('/api/v1/needs/{id}/matches/{providerId}/exclude', { params, body: v as Schemas['ReasonBody'] }),
        );
      message.success(t(`match.done.${action}`, { name: providerName }));
      setAction(null);
      form.resetFields();
      onDone();
    } catch (err) {
      const rest = showFieldErrors(form, err, ['note', 'reason', 'reasonCode']);
      if (!(err instanceof ApiError) || !err.fieldErrors.length || rest.length)
        setFailure(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Space wrap>
        <Tooltip title={t('match.explain.approve')}>
          <Button type="primary" size="small" onClick={() => setAction('approve')}>
            {t('match.approve')}
          </Button>
        </Tooltip>
        <Tooltip title={t('match.explain.pin')}>
          <Button size="small" onClick={() => setAction('pin')}>
            {t('match.pin')}
          </Button>
        </Tooltip>
        <Tooltip title={t('match.explain.reject')}>
          <Button size="small" onClick={() => setAction('reject')}>
            {t('match.reject')}
          </Button>
        </Tooltip>
        <Tooltip title={t('match.explain.exclude')}>
          <Button size="small" danger onClick={() => setAction('exclude')}>
            {t('match.exclude')}
          </Button>
        </Tooltip>
      </Space>
      <Modal
        open={!!action}
        title={action ? `${t(`match.${action}`)} · ${providerName}` : ''}
        onOk={run}
        onCancel={() => setAction(null)}
        confirmLoading={busy}
        okText={t('common.submit')}
        destroyOnHidden
      >
        {failure && <Alert type="error" showIcon title={failure} style={{ marginBottom: 12 }} />}
        {action && (
          <Typography.Paragraph type="secondary" data-testid="action-explained">
            {t(`match.explain.${action}`)}
          </Typography.Paragraph>
        )}
        <Form form={form} name="match-decision" layout="vertical">
          {action === 'approve' && (
            <Form.Item name="note" label={t('match.noteToBoth')} extra={t('match.noteHint')}>
              <Input.TextArea rows={3} />
            </Form.Item>
          )}
          {action === 'reject' && (
            <Form.Item name="reasonCode" label={t('match.reasonCode')}>
              <Select allowClear options={DECLINE_REASONS.map((r) => ({ value: r, label: declineLabel(t, r) }))} />
            </Form.Item>
          )}
          {action && action !== 'approve' && (
            <Form.Item name="reason" label={t('common.reason')}>
              <Input.TextArea rows={2} />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </>
  );
}
