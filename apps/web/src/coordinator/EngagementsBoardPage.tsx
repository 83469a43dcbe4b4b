import { WarningOutlined } from '@ant-design/icons';
import { Alert, Badge, Card, Space, Tag, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import { api, call, int } from '@web/api/client';
import {
  ENGAGEMENT_STAGES,
  type EngagementListItem,
  type EngagementStatus,
  type ReminderPeriods,
} from '@web/api/types';
import { useLoad } from '@web/components/useLoad';
import { stageLabel, STAGE_COLORS } from '@web/engagements/labels';
import { useI18n } from '@web/i18n/i18n';
import { useSession } from '@web/session/session';

type Periods = Pick<
  ReminderPeriods,
  'invitationReminderDays' | 'invitationEscalationDays' | 'reviewWorkingDays' | 'agreementFollowUpDays'
>;
const DEFAULTS: Periods = {
  invitationReminderDays: 3,
  invitationEscalationDays: 4,
  reviewWorkingDays: 2,
  agreementFollowUpDays: [30, 90],
};
const STALE_DAYS = 30;

/**
 * When a card needs the coordinator: a request undecided past the review period; an invitation unanswered past the
 * point the association's reminder settings alert the coordinator; an agreement due for its first follow-up; any other
 * open stage untouched for 30 days.
 */
export function overdueDays(item: EngagementListItem, p: Periods, now = dayjs()): number | null {
  const days = now.diff(dayjs(item.statusChangedAt), 'day', true);
  const limit =
    item.status === 'requested'
      ? p.reviewWorkingDays
      : item.status === 'introduced'
        ? p.invitationReminderDays + p.invitationEscalationDays
        : item.status === 'agreement_signed'
          ? (p.agreementFollowUpDays[0] ?? STALE_DAYS)
          : item.status === 'completed' || item.status === 'closed'
            ? null
            : STALE_DAYS;
  return limit !== null && days > limit ? Math.floor(days - limit) : null;
}

/** Engagements by stage, overdue follow-ups flagged; each card opens the engagement. */
export default function EngagementsBoardPage() {
  const { t } = useI18n();
  const { current } = useSession();
  const associationId = current?.organizationType === 'association' ? current.organizationId : null;
  const board = useLoad(async () => {
    const [list, settings] = await Promise.all([
      call(api.GET('/api/v1/engagements', { params: { query: { limit: int(100) } } })),
      associationId
        ? call(
            api.GET('/api/v1/associations/{id}/reminder-settings', { params: { path: { id: associationId } } }),
          ).catch(() => null)
        : Promise.resolve(null),
    ]);
    return { items: list.items, periods: settings?.periods ?? DEFAULTS };
  }, [associationId]);

  const byStage = (stage: EngagementStatus) => (board.data?.items ?? []).filter((i) => i.status === stage);
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t('board.title')}
      </Typography.Title>
      <Typography.Text type="secondary">{t('board.overdueRule')}</Typography.Text>
      {board.error && <Alert type="error" showIcon title={board.error.message} />}
      <div
        style={{ display: 'flex', gap: 8, overflowX: 'auto', paddingBottom: 8 }}
        role="list"
        aria-label={t('board.title')}
      >
        {ENGAGEMENT_STAGES.map((stage) => (
          <section
            key={stage}
            role="listitem"
            aria-label={stageLabel(t, stage)}
            style={{ minWidth: 145, flex: '1 0 145px' }}
            data-stage={stage}
          >
            <Space style={{ marginBottom: 8 }}>
              <Tag color={STAGE_COLORS[stage]}>{stageLabel(t, stage)}</Tag>
              <Badge count={byStage(stage).length} showZero color="#8c8c8c" />
            </Space>
            <Space orientation="vertical" style={{ width: '100%' }}>
              {byStage(stage).map((item) => {
                const overdue = overdueDays(item, board.data!.periods);
                return (
                  <Link key={item.id} to={`/engagements/${item.id}`} data-testid="board-card">
                    <Card size="small" hoverable style={{ borderColor: overdue !== null ? '#ff4d4f' : undefined }}>
                      <Typography.Text strong ellipsis style={{ display: 'block' }}>
                        {item.needTitle}
                      </Typography.Text>
                      <div className="muted" style={{ fontSize: 12 }}>
                        {item.enterpriseName ?? '—'} ↔ {item.providerName}
                      </div>
                      <div style={{ fontSize: 12, marginTop: 4 }}>
                        {t('board.since', { date: dayjs(item.statusChangedAt).format('MM-DD') })}
                      </div>
                      {overdue !== null && (
                        <Tooltip title={t('board.overdueRule')}>
                          <Tag color="red" icon={<WarningOutlined />} style={{ marginTop: 4 }} data-testid="overdue">
                            {t('board.overdue', { days: overdue })}
                          </Tag>
                        </Tooltip>
                      )}
                    </Card>
                  </Link>
                );
              })}
            </Space>
          </section>
        ))}
      </div>
    </Space>
  );
}
