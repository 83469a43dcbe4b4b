import { useState } from 'react';
import { Alert, App, Button, Form, Input, Modal, Select } from 'antd';
import { api, call, int } from '@web/api/client';
import { ApiError, showFieldErrors } from '@web/api/errors';
import type { NeedView } from '@web/api/types';
import { useI18n } from '@web/i18n/i18n';

/** Asks the coordinator in charge for something; the message and the API's field errors live in a small dialog. */
function AskDialog({
  open,
  title,
  needChoice,
  onCancel,
  onSend,
}: {
  open: boolean;
  title: string;
  needChoice?: NeedView[];
  onCancel: () => void;
  onSend: (values: { needId?: string; message?: string }) => Promise<void>;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ needId?: string; message?: string }>();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const send = async () => {
    setBusy(true);
    setFailure(null);
    try {
      await onSend(form.getFieldsValue(true) as { needId?: string; message?: string });
      form.resetFields();
    } catch (err) {
      const rest = showFieldErrors(form, err, ['needId', 'message']);
      if (!(err instanceof ApiError) || !err.fieldErrors.length || rest.length)
        setFailure(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open={open}
      title={title}
      onOk={send}
      onCancel={onCancel}
      confirmLoading={busy}
      okText={t('common.submit')}
      destroyOnHidden
    >
      {failure && <Alert type="error" showIcon title={failure} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical">
        {needChoice && (
          <Form.Item name="needId" label={t('brokerage.forWhichNeed')}>
            <Select
              options={needChoice.map((n) => ({ value: n.id, label: n.title }))}
              notFoundContent={t('brokerage.noPublishedNeed')}
            />
          </Form.Item>
        )}
        <Form.Item name="message" label={t('brokerage.message')}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** An enterprise asks to be introduced to a provider it found in search. */
export function RequestIntroductionButton({ providerId, providerName }: { providerId: string; providerName: string }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [needs, setNeeds] = useState<NeedView[] | null>(null);
  const open = async () => {
    const mine = await call(
      api.GET('/api/v1/needs', { params: { query: { mine: true, status: 'published', limit: int(100) } } }),
    );
    setNeeds(mine.items);
  };
  return (
    <>
      <Button size="small" onClick={open}>
        {t('brokerage.requestIntroduction')}
      </Button>
      <AskDialog
        open={!!needs}
        title={`${t('brokerage.requestIntroduction')} · ${providerName}`}
        needChoice={needs ?? []}
        onCancel={() => setNeeds(null)}
        onSend={async (v) => {
          await call(
            api.POST('/api/v1/needs/{id}/introduction-requests', {
              params: { path: { id: v.needId ?? '' } },
              body: { providerId, message: v.message || undefined },
            }),
          );
          message.success(t('brokerage.requestSent'));
          setNeeds(null);
        }}
      />
    </>
  );
}

/** An expert offers to help with a need. */
export function InterestButton({ needId, needTitle }: { needId: string; needTitle: string }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button size="small" type="primary" ghost onClick={() => setOpen(true)}>
        {t('brokerage.expressInterest')}
      </Button>
      <AskDialog
        open={open}
        title={`${t('brokerage.expressInterest')} · ${needTitle}`}
        onCancel={() => setOpen(false)}
        onSend={async (v) => {
          await call(
            api.POST('/api/v1/needs/{id}/interest', {
              params: { path: { id: needId } },
              body: { message: v.message || undefined },
            }),
          );
          message.success(t('brokerage.interestSent'));
          setOpen(false);
        }}
      />
    </>
  );
}
