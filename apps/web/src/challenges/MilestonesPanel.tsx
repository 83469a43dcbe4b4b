import { useState } from 'react';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Form, Input, List, Modal, Space, Tag, Typography } from 'antd';
import { api, call } from '@web/api/client';
import { useI18n } from '@web/i18n/i18n';
import { Challenge, Milestone } from './challenge-bits';
import { useBusy } from '../components/useBusy';

/** Milestone tracking after the award: the winner submits evidence, the enterprise accepts (验收) or returns it. */
export function MilestonesPanel({ challenge, onChanged }: { challenge: Challenge; onChanged: () => void }) {
  const { t } = useI18n();
  if (!challenge.award) return <Alert type="info" showIcon title={t('challenge.notAwardedYet')} />;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Alert
        type="success"
        showIcon
        title={t('challenge.awarded', { name: challenge.award.providerName ?? '' })}
        description={challenge.award.reason ?? undefined}
      />
      {challenge.contacts && (
        <Card size="small" title={t('challenge.contacts')}>
          <Space orientation="vertical" size={2}>
            <span>
              {challenge.contacts.provider.name}：
              {[challenge.contacts.provider.email, challenge.contacts.provider.phone].filter(Boolean).join(' · ') ||
                '—'}
            </span>
            {challenge.contacts.enterprise.map((p) => (
              <span key={`${p.displayName}${p.email}`}>
                {challenge.enterpriseName} · {p.displayName}：{p.email ?? '—'}
              </span>
            ))}
          </Space>
        </Card>
      )}
      <List
        dataSource={challenge.milestones}
        renderItem={(m) => <MilestoneItem challenge={challenge} milestone={m} onChanged={onChanged} />}
      />
    </Space>
  );
}

function MilestoneItem({
  challenge,
  milestone: m,
  onChanged,
}: {
  challenge: Challenge;
  milestone: Milestone;
  onChanged: () => void;
}) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const [submitting, setSubmitting] = useState(false);
  const [returning, setReturning] = useState(false);
  const winner = challenge.viewerRoles.includes('winner');
  const enterprise = challenge.viewerRoles.includes('enterprise');
  const active = challenge.status === 'in_progress';
  const run = async (action: () => Promise<unknown>) => {
    try {
      await action();
      message.success(t('challenge.saved'));
      onChanged();
    } catch (err) {
      message.error(err instanceof Error ? err.message : String(err));
    }
  };
  const path = { params: { path: { id: m.id } } };
  return (
    <List.Item>
      <Card
        size="small"
        style={{ width: '100%' }}
        data-testid="milestone"
        title={
          <Space wrap>
            #{m.seq} {m.title}
            <Tag color={m.status === 'accepted' ? 'green' : m.status === 'returned' ? 'orange' : undefined}>
              {t(`challenge.msStatus.${m.status}` as never)}
            </Tag>
            {m.overdue && <Tag color="red">{t('challenge.overdue')}</Tag>}
          </Space>
        }
        extra={
          <Typography.Text type="secondary">
            {t('challenge.dueAt')} {new Date(m.dueAt).toLocaleDateString(lang)}
          </Typography.Text>
        }
      >
        <Typography.Paragraph>
          {t('challenge.acceptance')}：{m.acceptanceCriteria}
        </Typography.Paragraph>
        {!!m.evidence?.length && (
          <Space wrap>
            {t('challenge.evidence')}：
            {m.evidence.map((e) => (
              <a key={e.url} href={e.url} target="_blank" rel="noreferrer">
                {e.name}
              </a>
            ))}
          </Space>
        )}
        {m.submissionNote && <Typography.Paragraph type="secondary">{m.submissionNote}</Typography.Paragraph>}
        {m.reviewNote && <Alert type={m.status === 'returned' ? 'warning' : 'info'} title={m.reviewNote} />}
        {active && (
          <Space style={{ marginTop: 8 }}>
            {winner && ['planned', 'returned'].includes(m.status) && (
              <Button onClick={() => setSubmitting(true)}>{t('challenge.submitMilestone')}</Button>
            )}
            {enterprise && m.status === 'submitted' && (
              <Button
                type="primary"
                onClick={() =>
                  run(() => call(api.POST('/api/v1/challenge-milestones/{id}/accept', { ...path, body: {} })))
                }
              >
                {t('challenge.accept')}
              </Button>
            )}
            {enterprise && m.status === 'submitted' && (
              <Button danger onClick={() => setReturning(true)}>
                {t('challenge.return')}
              </Button>
            )}
          </Space>
        )}
      </Card>
      {submitting && (
        <SubmitDialog
          onClose={() => setSubmitting(false)}
          onSubmit={(body) =>
            run(() => call(api.POST('/api/v1/challenge-milestones/{id}/submit', { ...path, body }))).then(() =>
              setSubmitting(false),
            )
          }
        />
      )}
      {returning && (
        <ReturnDialog
          onClose={() => setReturning(false)}
          onSubmit={(reason) =>
            run(() => call(api.POST('/api/v1/challenge-milestones/{id}/return', { ...path, body: { reason } }))).then(
              () => setReturning(false),
            )
          }
        />
      )}
    </List.Item>
  );
}

function SubmitDialog({
  onClose,
  onSubmit,
}: {
  onClose: () => void;
  onSubmit: (body: { evidence: { name: string; url: string }[]; note?: string }) => Promise<unknown>;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ evidence: { name: string; url: string }[]; note?: string }>();
  const [submit, busy] = useBusy(async () => onSubmit(await form.validateFields()));
  return (
    <Modal open title={t('challenge.submitMilestone')} onCancel={onClose} onOk={submit} confirmLoading={busy}>
      <Form form={form} layout="vertical" initialValues={{ evidence: [{ name: '', url: '' }] }}>
        <Form.List name="evidence">
          {(items, { add, remove }) => (
            <>
              {items.map((item) => (
                <Space key={item.key} align="baseline">
                  <Form.Item name={[item.name, 'name']} rules={[{ required: true }]}>
                    <Input placeholder={t('challenge.attachmentName')} aria-label={t('challenge.attachmentName')} />
                  </Form.Item>
                  <Form.Item name={[item.name, 'url']} rules={[{ required: true }]}>
                    <Input placeholder="https://" aria-label={t('challenge.attachmentUrl')} />
                  </Form.Item>
                  {items.length > 1 && <MinusCircleOutlined onClick={() => remove(item.name)} />}
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ name: '', url: '' })}>
                {t('challenge.addAttachment')}
              </Button>
            </>
          )}
        </Form.List>
        <Form.Item name="note" label={t('challenge.note')} style={{ marginTop: 12 }}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function ReturnDialog({ onClose, onSubmit }: { onClose: () => void; onSubmit: (reason: string) => Promise<unknown> }) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [submit, busy] = useBusy(async () => (reason.trim() ? onSubmit(reason) : undefined));
  return (
    <Modal open title={t('challenge.return')} onCancel={onClose} onOk={submit} confirmLoading={busy}>
      <Input.TextArea
        aria-label={t('challenge.returnReason')}
        placeholder={t('challenge.returnReason')}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        rows={3}
      />
    </Modal>
  );
}
