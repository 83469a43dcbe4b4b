import { useState } from 'react';
import { Alert, App, Button, Input, Modal, Space } from 'antd';
import { api, call } from '@web/api/client';
import { useI18n } from '@web/i18n/i18n';
import { Challenge } from './challenge-bits';

/** The enterprise approves the call text (which publishes it) or returns it with comments. */
export function ApprovalBar({ challenge, onDone }: { challenge: Challenge; onDone: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [returning, setReturning] = useState(false);
  const [reason, setReason] = useState('');
  const path = { params: { path: { id: challenge.id } } };
  const run = async (action: () => Promise<unknown>) => {
    try {
      await action();
      message.success(t('challenge.saved'));
      onDone();
    } catch (err) {
      message.error(err instanceof Error ? err.message : String(err));
    }
  };
  return (
    <Alert
      type="warning"
      showIcon
      title={t('challenge.approveIntro')}
      action={
        <Space orientation="vertical">
          <Button type="primary" onClick={() => run(() => call(api.POST('/api/v1/challenges/{id}/approve', path)))}>
            {t('challenge.approve')}
          </Button>
          <Button onClick={() => setReturning(true)}>{t('challenge.returnCall')}</Button>
          <Modal
            open={returning}
            title={t('challenge.returnCall')}
            onCancel={() => setReturning(false)}
            onOk={() =>
              reason.trim() &&
              run(() => call(api.POST('/api/v1/challenges/{id}/return', { ...path, body: { reason } }))).then(() =>
                setReturning(false),
              )
            }
          >
            <Input.TextArea
              aria-label={t('challenge.returnComments')}
              placeholder={t('challenge.returnComments')}
              rows={3}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
          </Modal>
        </Space>
      }
    />
  );
}
