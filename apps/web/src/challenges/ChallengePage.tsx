import { Alert, Card, Descriptions, Space, Spin, Steps, Table, Tabs, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { api, call } from '@web/api/client';
import { useReference } from '@web/components/reference';
import { useLoad } from '@web/components/useLoad';
import { useI18n } from '@web/i18n/i18n';
import { ApplicationPanel } from './ApplicationPanel';
import { ApprovalBar } from './ApprovalBar';
import { ChallengeStatusTag, Countdown, useReward } from './challenge-bits';
import { EvaluationPanel } from './EvaluationPanel';
import { MilestonesPanel } from './MilestonesPanel';

/** One challenge: the public call, and for those taking part the application form, the evaluation and milestone tracking. */
export default function ChallengePage() {
  const { id = '' } = useParams();
  const { t, lang } = useI18n();
  const { regionName } = useReference();
  const reward = useReward();
  const challenge = useLoad(() => call(api.GET('/api/v1/challenges/{id}', { params: { path: { id } } })), [id]);
  if (challenge.loading && !challenge.data) return <Spin />;
  if (challenge.error || !challenge.data) return <Alert type="error" showIcon title={challenge.error?.message} />;
  const c = challenge.data;
  const roles = c.viewerRoles;
  const evaluator = roles.includes('enterprise') || roles.includes('coordinator') || roles.includes('reviewer');

  const callTab = (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small">
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{c.callText}</Typography.Paragraph>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'e', label: t('challenge.enterprise'), children: c.enterpriseName },
            { key: 'r', label: t('challenge.reward'), children: reward(c.rewardMin, c.rewardMax) },
            {
              key: 'd',
              label: t('challenge.deadline'),
              children: (
                <Space>
                  {new Date(c.deadline).toLocaleString(lang)}
                  {c.status === 'open' && <Countdown remainingMs={c.remainingMs} />}
                </Space>
              ),
            },
            {
              key: 'a',
              label: t('challenge.applications', { count: c.applicationCount }),
              children: c.award ? t('challenge.awarded', { name: c.award.providerName ?? '' }) : '—',
            },
            {
              key: 'g',
              label: t('challenge.eligibleRegions'),
              children: c.eligibleRegions.length
                ? c.eligibleRegions.map(regionName).join('、')
                : t('challenge.anyRegion'),
            },
            {
              key: 'k',
              label: t('challenge.eligibleKinds'),
              children: c.eligibleKinds.length
                ? c.eligibleKinds.map((k) => t(`challenge.kind.${k}` as never)).join('、')
                : t('challenge.anyKind'),
            },
            ...(c.minQualifications
              ? [{ key: 'q', label: t('challenge.minQualifications'), children: c.minQualifications }]
              : []),
          ]}
        />
      </Card>
      <Card size="small" title={t('challenge.criteria')}>
        <Table
          size="small"
          pagination={false}
          rowKey="key"
          dataSource={c.criteria}
          columns={[
            { title: t('challenge.criteria'), dataIndex: 'name' },
            { title: t('challenge.weight'), dataIndex: 'weight', width: 120, render: (w: number) => `${w}%` },
          ]}
        />
      </Card>
      <Card size="small" title={t('challenge.milestones')}>
        <Steps
          orientation="vertical"
          size="small"
          current={-1}
          items={c.milestones.map((m) => ({
            title: (
              <Space>
                {m.title}
                <Tag>{t(`challenge.msStatus.${m.status}` as never)}</Tag>
                {m.overdue && <Tag color="red">{t('challenge.overdue')}</Tag>}
              </Space>
            ),
            description: (
              <>
                {t('challenge.acceptance')}：{m.acceptanceCriteria} · {t('challenge.dueAt')}{' '}
                {new Date(m.dueAt).toLocaleDateString(lang)}
              </>
            ),
          }))}
        />
      </Card>
    </Space>
  );

  const tabs = [
    { key: 'call', label: t('challenge.call'), children: callTab },
    ...(c.status === 'open' || roles.includes('applicant')
      ? [
          {
            key: 'apply',
            label: t('challenge.apply'),
            children: <ApplicationPanel challenge={c} onSaved={challenge.reload} />,
          },
        ]
      : []),
    ...(evaluator
      ? [
          {
            key: 'evaluation',
            label: t('challenge.evaluation'),
            children: <EvaluationPanel challenge={c} onChanged={challenge.reload} />,
          },
        ]
      : []),
    ...(c.award || roles.includes('enterprise') || roles.includes('coordinator')
      ? [
          {
            key: 'milestones',
            label: t('challenge.tracking'),
            children: <MilestonesPanel challenge={c} onChanged={challenge.reload} />,
          },
        ]
      : []),
  ];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {c.title}
        </Typography.Title>
        <ChallengeStatusTag status={c.status} />
      </Space>
      {roles.includes('coordinator') && c.status === 'draft' && c.returnReason && (
        <Alert type="warning" showIcon title={t('challenge.returned', { reason: c.returnReason })} />
      )}
      {roles.includes('coordinator') && c.status === 'awaiting_approval' && (
        <Alert type="info" showIcon title={t('challenge.awaitingApproval')} />
      )}
      {roles.includes('coordinator') && ['draft', 'awaiting_approval'].includes(c.status) && (
        <Link to={`/challenges/new?challengeId=${c.id}`}>{t('challenge.revise')}</Link>
      )}
      {roles.includes('enterprise') && c.status === 'awaiting_approval' && (
        <ApprovalBar challenge={c} onDone={challenge.reload} />
      )}
      <Tabs items={tabs} destroyOnHidden />
    </Space>
  );
}
