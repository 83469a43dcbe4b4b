import { useState } from 'react';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Collapse,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { api, call } from '@web/api/client';
import { ApiError } from '@web/api/errors';
import { useLoad } from '@web/components/useLoad';
import { useI18n } from '@web/i18n/i18n';
import { Application, Challenge, RankingItem } from './challenge-bits';

const REASONS = ['lower_score', 'price', 'approach', 'schedule', 'team', 'eligibility'] as const;

/**
 * The evaluation screen: a reviewer's conflict declaration, the applications with the caller's scores per criterion,
 * and for the enterprise and the coordinators the ranking, the shortlist and the award.
 */
export function EvaluationPanel({ challenge, onChanged }: { challenge: Challenge; onChanged: () => void }) {
  const { t } = useI18n();
  const roles = challenge.viewerRoles;
  const runner = roles.includes('enterprise') || roles.includes('coordinator');
  const applications = useLoad(
    () => call(api.GET('/api/v1/challenges/{id}/applications', { params: { path: { id: challenge.id } } })),
    [challenge.id],
  );
  const ranking = useLoad(
    async () =>
      runner ? call(api.GET('/api/v1/challenges/{id}/ranking', { params: { path: { id: challenge.id } } })) : null,
    [challenge.id, runner],
  );
  const refresh = () => {
    applications.reload();
    ranking.reload();
    onChanged();
  };

  const error = applications.error;
  if (error instanceof ApiError && error.code === 'DECLARATION_REQUIRED') {
    return (
      <DeclarationForm
        challenge={challenge}
        applicants={
          (error.details.details as { applicants?: { applicationId: string; providerName: string }[] })?.applicants ??
          []
        }
        onDone={refresh}
      />
    );
  }
  const evaluating = challenge.status === 'evaluation';
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {!evaluating && challenge.status === 'open' && (
        <Alert type="info" showIcon title={t('challenge.evaluationNotYet')} />
      )}
      {error && !(error instanceof ApiError && error.status === 403 && !runner) && (
        <Alert type="error" showIcon title={error.message} />
      )}
      {runner && ranking.data && <RankingTable challenge={challenge} ranking={ranking.data} onChanged={refresh} />}
      {runner && <ReviewersCard challenge={challenge} />}
      <Collapse
        items={(applications.data ?? []).map((a) => ({
          key: a.id,
          label: (
            <Space wrap>
              <strong>{a.provider.name}</strong>
              <Tag>{t(`challenge.kind.${a.provider.kind}` as never)}</Tag>
              <Tag>{t(`challenge.appStatus.${a.status}` as never)}</Tag>
              <span>
                {t('challenge.price')}：{a.price.toLocaleString()}
              </span>
              {a.myScore && <Tag color="blue">{t('challenge.myScore', { total: a.myScore.weightedTotal })}</Tag>}
            </Space>
          ),
          children: (
            <ApplicationReview challenge={challenge} application={a} canScore={evaluating} onScored={refresh} />
          ),
        }))}
      />
    </Space>
  );
}

function ApplicationReview({
  challenge,
  application: a,
  canScore,
  onScored,
}: {
  challenge: Challenge;
  application: Application;
  canScore: boolean;
  onScored: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ scores: Record<string, number>; comment?: string }>();
  const [problem, setProblem] = useState<string | null>(null);
  const save = async (values: { scores: Record<string, number>; comment?: string }) => {
    setProblem(null);
    try {
      await call(
        api.PUT('/api/v1/challenge-applications/{id}/scores', {
          params: { path: { id: a.id } },
          body: { scores: values.scores, comment: values.comment },
        }),
      );
      message.success(t('challenge.saved'));
      onScored();
    } catch (err) {
      setProblem(
        err instanceof ApiError && err.fieldErrors.length
          ? err.fieldErrors.map((e) => e.message).join('；')
          : err instanceof Error
            ? err.message
            : String(err),
      );
    }
  };
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>
        <strong>{t('challenge.approach')}：</strong>
        {a.approach}
      </Typography.Paragraph>
      <Typography.Text>
        <strong>{t('challenge.team')}：</strong>
        {a.team.map((m) => `${m.name}（${m.role}${m.affiliation ? `，${m.affiliation}` : ''}）`).join('；')}
      </Typography.Text>
      <Typography.Text>
        <strong>{t('challenge.schedule')}：</strong>
        {a.schedule.map((s) => `#${s.milestone} ${s.plannedDate}`).join('；')}
      </Typography.Text>
      {a.attachments.length > 0 && (
        <Space wrap>
          {a.attachments.map((x) => (
            <a key={x.url} href={x.url} target="_blank" rel="noreferrer">
              {x.name}
            </a>
          ))}
        </Space>
      )}
      {canScore && (
        <Card size="small" title={t('challenge.score')}>
          {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 8 }} />}
          <Form
            form={form}
            layout="inline"
            onFinish={save}
            initialValues={{ scores: a.myScore?.scores ?? {}, comment: a.myScore?.comment ?? undefined }}
          >
            {challenge.criteria.map((c) => (
              <Form.Item
                key={c.key}
                name={['scores', c.key]}
                label={`${c.name}（${c.weight}%）`}
                rules={[{ required: true }]}
              >
                <InputNumber min={0} max={100} aria-label={c.name} />
              </Form.Item>
            ))}
            <Form.Item name="comment" label={t('challenge.comment')}>
              <Input style={{ width: 280 }} />
            </Form.Item>
            <Button type="primary" htmlType="submit">
              {t('challenge.saveScore')}
            </Button>
          </Form>
        </Card>
      )}
    </Space>
  );
}

function RankingTable({
  challenge,
  ranking,
  onChanged,
}: {
  challenge: Challenge;
  ranking: RankingItem[];
  onChanged: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const coordinator = challenge.viewerRoles.includes('coordinator');
  const evaluating = challenge.status === 'evaluation';
  const [selected, setSelected] = useState<string[]>(
    ranking.filter((r) => r.status === 'shortlisted').map((r) => r.applicationId),
  );
  const [awarding, setAwarding] = useState<RankingItem | null>(null);
  const shortlist = async () => {
    try {
      await call(
        api.POST('/api/v1/challenges/{id}/shortlist', {
          params: { path: { id: challenge.id } },
          body: { applicationIds: selected },
        }),
      );
      message.success(t('challenge.saved'));
      onChanged();
    } catch (err) {
      message.error(err instanceof Error ? err.message : String(err));
    }
  };
  return (
    <Card
      size="small"
      title={t('challenge.ranking')}
      extra={
        coordinator &&
        evaluating && (
          <Button onClick={shortlist} disabled={!selected.length}>
            {t('challenge.shortlist')}
          </Button>
        )
      }
    >
      <Table
        size="small"
        rowKey="applicationId"
        pagination={false}
        dataSource={ranking}
        rowSelection={
          coordinator && evaluating
            ? { selectedRowKeys: selected, onChange: (keys) => setSelected(keys as string[]) }
            : undefined
        }
        columns={[
          { title: t('challenge.rank'), dataIndex: 'rank', width: 70, render: (r: number | null) => r ?? '—' },
          {
            title: t('challenge.provider'),
            render: (_, r) => (
              <Space>
                {r.provider.name}
                {r.conflict && <Tag color="red">{t('challenge.conflictFlag')}</Tag>}
              </Space>
            ),
          },
          { title: t('challenge.price'), dataIndex: 'price', render: (p: number) => p.toLocaleString() },
          { title: t('challenge.average'), dataIndex: 'average', render: (v: number | null) => v ?? '—' },
          { title: t('challenge.scoreCount'), dataIndex: 'scoreCount' },
          {
            title: '',
            dataIndex: 'status',
            render: (s: string) => <Tag>{t(`challenge.appStatus.${s}` as never)}</Tag>,
          },
          ...(evaluating
            ? [
                {
                  title: '',
                  key: 'award',
                  render: (_: unknown, r: RankingItem) =>
                    r.status === 'shortlisted' && (
                      <Button size="small" type="primary" onClick={() => setAwarding(r)}>
                        {t('challenge.award')}
                      </Button>
                    ),
                },
              ]
            : []),
        ]}
      />
      {awarding && (
        <AwardDialog
          challenge={challenge}
          winner={awarding}
          others={ranking.filter((r) => r.applicationId !== awarding.applicationId)}
          onClose={() => setAwarding(null)}
          onDone={() => {
            setAwarding(null);
            onChanged();
          }}
        />
      )}
    </Card>
  );
}

function AwardDialog({
  challenge,
  winner,
  others,
  onClose,
  onDone,
}: {
  challenge: Challenge;
  winner: RankingItem;
  others: RankingItem[];
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ reason: string; codes: Record<string, string> }>();
  const [problem, setProblem] = useState<string | null>(null);
  const submit = async () => {
    const values = await form.validateFields();
    try {
      await call(
        api.POST('/api/v1/challenges/{id}/award', {
          params: { path: { id: challenge.id } },
          body: {
            applicationId: winner.applicationId,
            reason: values.reason,
            unsuccessful: others.map((o) => ({
              applicationId: o.applicationId,
              reasonCode: (values.codes?.[o.applicationId] ?? 'lower_score') as (typeof REASONS)[number],
            })),
          },
        }),
      );
      onDone();
    } catch (err) {
      setProblem(err instanceof Error ? err.message : String(err));
    }
  };
  return (
    <Modal
      open
      title={t('challenge.awardTitle', { name: winner.provider.name })}
      onCancel={onClose}
      onOk={submit}
      okText={t('challenge.award')}
    >
      {problem && <Alert type="error" showIcon title={problem} />}
      <Form form={form} layout="vertical">
        <Form.Item name="reason" label={t('challenge.awardReason')} rules={[{ required: true }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
        {others.length > 0 && <Typography.Text strong>{t('challenge.othersReason')}</Typography.Text>}
        {others.map((o) => (
          <Form.Item
            key={o.applicationId}
            name={['codes', o.applicationId]}
            label={o.provider.name}
            initialValue="lower_score"
          >
            <Select options={REASONS.map((r) => ({ value: r, label: t(`challenge.reason.${r}` as never) }))} />
          </Form.Item>
        ))}
      </Form>
    </Modal>
  );
}

function DeclarationForm({
  challenge,
  applicants,
  onDone,
}: {
  challenge: Challenge;
  applicants: { applicationId: string; providerName: string }[];
  onDone: () => void;
}) {
  const { t } = useI18n();
  const [conflicts, setConflicts] = useState<string[]>([]);
  const [statement, setStatement] = useState(t('challenge.declarationDefault'));
  const [problem, setProblem] = useState<string | null>(null);
  const submit = async () => {
    try {
      await call(
        api.PUT('/api/v1/challenges/{id}/declaration', {
          params: { path: { id: challenge.id } },
          body: { conflictedApplicationIds: conflicts, statement },
        }),
      );
      onDone();
    } catch (err) {
      setProblem(err instanceof Error ? err.message : String(err));
    }
  };
  return (
    <Card size="small" title={t('challenge.declare')}>
      <Typography.Paragraph>{t('challenge.declareIntro')}</Typography.Paragraph>
      {problem && <Alert type="error" showIcon title={problem} />}
      <Checkbox.Group
        value={conflicts}
        onChange={(v) => setConflicts(v)}
        options={applicants.map((a) => ({ value: a.applicationId, label: a.providerName }))}
      />
      <Input.TextArea
        aria-label={t('challenge.declaration')}
        value={statement}
        onChange={(e) => setStatement(e.target.value)}
        rows={2}
        style={{ margin: '12px 0' }}
      />
      <Button type="primary" onClick={submit}>
        {t('challenge.submitDeclaration')}
      </Button>
    </Card>
  );
}

/** Invited reviewers and whether each has declared; coordinators invite more by e-mail. */
function ReviewersCard({ challenge }: { challenge: Challenge }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [email, setEmail] = useState('');
  const reviewers = useLoad(
    () => call(api.GET('/api/v1/challenges/{id}/reviewers', { params: { path: { id: challenge.id } } })),
    [challenge.id],
  );
  const invite = async () => {
    try {
      await call(
        api.POST('/api/v1/challenges/{id}/reviewers', { params: { path: { id: challenge.id } }, body: { email } }),
      );
      setEmail('');
      reviewers.reload();
    } catch (err) {
      message.error(
        err instanceof ApiError && err.fieldErrors.length
          ? err.fieldErrors[0].message
          : err instanceof Error
            ? err.message
            : String(err),
      );
    }
  };
  const coordinator = challenge.viewerRoles.includes('coordinator');
  return (
    <Card size="small" title={t('challenge.reviewers')}>
      <Space wrap>
        {(reviewers.data ?? []).map((r) => (
          <Tag key={r.userId} color={r.declaredAt ? 'green' : undefined}>
            {r.displayName} · {r.declaredAt ? t('challenge.declared') : t('challenge.notDeclared')}
          </Tag>
        ))}
      </Space>
      {coordinator && !['in_progress', 'closed'].includes(challenge.status) && (
        <Space.Compact style={{ marginTop: 8, maxWidth: 480, width: '100%' }}>
          <Input
            aria-label={t('challenge.reviewerEmail')}
            placeholder={t('challenge.reviewerEmail')}
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
          <Button onClick={invite} disabled={!email.trim()}>
            {t('challenge.addReviewer')}
          </Button>
        </Space.Compact>
      )}
    </Card>
  );
}
