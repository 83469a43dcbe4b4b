import { useState } from 'react';
import { Alert, App, Button, DatePicker, Form, Input, InputNumber, Modal, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { api, call } from '@web/api/client';
import { ApiError, showFieldErrors } from '@web/api/errors';
import type { EngagementStatus, EngagementView } from '@web/api/types';
import type { components } from '@web/api/schema';
import { COOPERATION_MODES, modeLabel } from '@web/components/labels';
import { useI18n } from '@web/i18n/i18n';
import { stageLabel } from './labels';

/** Moves the engagement on (meeting, negotiating, agreement, completed, closed) with what each step asks for. */
export function TransitionPanel({
  engagement,
  onChange,
}: {
  engagement: EngagementView;
  onChange: (e: EngagementView) => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const [target, setTarget] = useState<EngagementStatus | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const moves = engagement.allowedTransitions;
  if (!moves.length) return null;

  const submit = async () => {
    if (!target) return;
    setBusy(true);
    setFailure(null);
    const v = form.getFieldsValue(true) as {
      reason?: string;
      meeting?: { at?: Dayjs; mode?: string; location?: string };
      agreement?: { type?: string; contractValue?: number | null };
    };
    const body: Record<string, unknown> = { to: target };
    if (v.reason) body.reason = v.reason;
    if (target === 'meeting_scheduled')
      body.meeting = {
        at: v.meeting?.at?.toISOString(),
        mode: v.meeting?.mode,
        location: v.meeting?.location || undefined,
      };
    if (target === 'agreement_signed')
      body.agreement = { type: v.agreement?.type, contractValue: v.agreement?.contractValue ?? undefined };
    try {
      const updated = await call(
        api.POST('/api/v1/engagements/{id}/transitions', {
          params: { path: { id: engagement.id } },
          body: body as components['schemas']['TransitionBody'],
        }),
      );
      message.success(stageLabel(t, target));
      setTarget(null);
      form.resetFields();
      onChange(updated);
    } catch (err) {
      const rest = showFieldErrors(form, err, ['reason', 'meeting', 'agreement']);
      if (!(err instanceof ApiError) || !err.fieldErrors.length || rest.length)
        setFailure(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Space wrap>
        {moves.map((to) => (
          <Button
            key={to}
            danger={to === 'closed'}
            onClick={() => {
              setTarget(to);
              setFailure(null);
            }}
          >
            {t(`engagement.move.${to}` as Parameters<typeof t>[0])}
          </Button>
        ))}
      </Space>
      <Modal
        open={!!target}
        title={target ? t(`engagement.move.${target}` as Parameters<typeof t>[0]) : ''}
        onCancel={() => setTarget(null)}
        onOk={submit}
        confirmLoading={busy}
        okText={t('common.submit')}
        destroyOnHidden
      >
        {failure && <Alert type="error" showIcon title={failure} style={{ marginBottom: 12 }} />}
        <Form
          form={form}
          layout="vertical"
          initialValues={{ meeting: { mode: 'in_person' }, agreement: { type: 'joint_rnd' } }}
        >
          {target === 'meeting_scheduled' && (
            <>
              <Form.Item name={['meeting', 'at']} label={t('engagement.meetingAt')}>
                <DatePicker showTime />
              </Form.Item>
              <Form.Item name={['meeting', 'mode']} label={t('engagement.meetingMode')}>
                <Select
                  options={[
                    { value: 'in_person', label: t('engagement.inPerson') },
                    { value: 'online', label: t('engagement.online') },
                  ]}
                />
              </Form.Item>
              <Form.Item name={['meeting', 'location']} label={t('engagement.location')}>
                <Input />
              </Form.Item>
            </>
          )}
          {target === 'agreement_signed' && (
            <>
              <Form.Item name={['agreement', 'type']} label={t('engagement.agreementType')}>
                <Select options={COOPERATION_MODES.map((m) => ({ value: m, label: modeLabel(t, m) }))} />
              </Form.Item>
              <Form.Item name={['agreement', 'contractValue']} label={t('engagement.contractValue')}>
                <InputNumber min={0} style={{ width: 220 }} suffix={t('form.yuan')} />
              </Form.Item>
            </>
          )}
          <Form.Item name="reason" label={t(target === 'closed' ? 'engagement.closeReason' : 'engagement.note')}>
            <Input.TextArea rows={2} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
