import { useEffect, useState } from 'react';
import { Alert, Card, Empty, List, Segmented, Select, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { api, call, int } from '@web/api/client';
import type { FieldItem } from '@web/api/types';
import { RegionPicker } from '@web/components/RegionPicker';
import { loadFields, useReference } from '@web/components/reference';
import { useLoad } from '@web/components/useLoad';
import { useI18n } from '@web/i18n/i18n';
import { useSession } from '@web/session/session';
import { ChallengeStatusTag, Countdown, useReward } from './challenge-bits';

/** The public challenge board (榜单大厅): open calls by field and region, soonest deadline first, each with its countdown. */
export default function ChallengeBoardPage() {
  const { t, lang } = useI18n();
  const { fieldName, regionName } = useReference();
  const reward = useReward();
  const [field, setField] = useState<string | undefined>();
  const [region, setRegion] = useState<string | null>(null);
  const [phase, setPhase] = useState<'open' | 'all'>('open');
  const { me } = useSession();
  const mine = useLoad(async () => (me ? call(api.GET('/api/v1/challenges/mine')) : []), [me?.userId]);
  const [fields, setFields] = useState<FieldItem[]>([]);
  useEffect(() => {
    void loadFields().then(setFields);
  }, []);
  const board = useLoad(
    () =>
      call(
        api.GET('/api/v1/challenges', {
          params: { query: { field, region: region ?? undefined, phase, limit: int(50) } },
        }),
      ),
    [field, region, phase],
  );

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <div>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t('challenge.board')}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
          {t('challenge.boardIntro')}
        </Typography.Paragraph>
      </div>
      {!!mine.data?.length && (
        <Card size="small" title={t('challenge.mine')}>
          <Space wrap>
            {mine.data.map((c) => (
              <Link key={c.id} to={`/challenges/${c.id}`}>
                <Space size={4}>
                  {c.title}
                  <ChallengeStatusTag status={c.status} />
                </Space>
              </Link>
            ))}
          </Space>
        </Card>
      )}
      <Space wrap>
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          style={{ minWidth: 200 }}
          placeholder={t('challenge.filterField')}
          aria-label={t('challenge.filterField')}
          value={field}
          onChange={setField}
          options={fields.map((f) => ({ value: f.code, label: lang === 'en' ? f.nameEn : f.name }))}
        />
        <div style={{ minWidth: 240 }}>
          <RegionPicker value={region} onChange={setRegion} aria-label={t('challenge.filterRegion')} />
        </div>
        <Segmented
          value={phase}
          onChange={setPhase}
          options={[
            { value: 'open', label: t('challenge.phaseOpen') },
            { value: 'all', label: t('challenge.phaseAll') },
          ]}
        />
      </Space>
      {board.error && <Alert type="error" showIcon title={board.error.message} />}
      <List
        loading={board.loading}
        grid={{ gutter: 16, xs: 1, md: 2, xl: 3 }}
        dataSource={board.data?.items ?? []}
        locale={{ emptyText: <Empty description={t('challenge.empty')} /> }}
        renderItem={(c) => (
          <List.Item>
            <Card
              data-testid="challenge-card"
              title={<Link to={`/challenges/${c.id}`}>{c.title}</Link>}
              extra={<ChallengeStatusTag status={c.status} />}
              size="small"
            >
              <Space orientation="vertical" size={4} style={{ width: '100%' }}>
                <Typography.Text type="secondary">
                  {c.enterpriseName}
                  {c.regionCode ? ` · ${regionName(c.regionCode)}` : ''}
                </Typography.Text>
                <Typography.Text strong>
                  {t('challenge.reward')}：{reward(c.rewardMin, c.rewardMax)}
                </Typography.Text>
                <Space wrap size={4}>
                  {c.fields.map((f) => (
                    <Tag key={f}>{fieldName(f)}</Tag>
                  ))}
                </Space>
                <Space wrap size={4}>
                  <Typography.Text type="secondary">
                    {t('challenge.deadline')} {new Date(c.deadline).toLocaleString(lang)}
                  </Typography.Text>
                  {c.status === 'open' && <Countdown remainingMs={c.remainingMs} />}
                </Space>
              </Space>
            </Card>
          </List.Item>
        )}
      />
    </Space>
  );
}
