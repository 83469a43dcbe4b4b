import { forwardRef, useImperativeHandle, useState } from 'react';
import { Alert, App, Button, Card, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { TableProps } from 'antd';
import { CopyOutlined } from '@ant-design/icons';
import { api, call, int } from '@web/api/client';
import type { components } from '@web/api/schema';
import { shanghaiDateTime } from '@web/components/shanghai-time';
import { useLoad } from '@web/components/useLoad';
import { MessageKey, useI18n } from '@web/i18n/i18n';

type Row = components['schemas']['ConciergeAccountRowDto'];
type State = Row['state'];
const STATES: State[] = ['invited', 'claimed', 'expired', 'revoked'];
const STATE_COLOURS: Record<State, string> = {
  invited: 'processing',
  claimed: 'success',
  expired: 'warning',
  revoked: 'default',
};
const PAGE_SIZE = 10;

export const handOverLink = (token: string) =>
  `${window.location.origin}/invitation?token=${encodeURIComponent(token)}`;

export interface ConciergeAccountsHandle {
  reload: () => void;
}

/** Accounts set up on users' behalf in the coordinator's jurisdiction, where each hand-over stands, and a fresh link to copy. */
export const ConciergeAccounts = forwardRef<ConciergeAccountsHandle>(function ConciergeAccounts(_, ref) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const [page, setPage] = useState(1);
  const [state, setState] = useState<State | undefined>();
  const [fresh, setFresh] = useState<{ name: string; link: string; expiresAt: string } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const accounts = useLoad(
    () =>
      call(
        api.GET('/api/v1/concierge/accounts', { params: { query: { page: int(page), limit: int(PAGE_SIZE), state } } }),
      ),
    [page, state],
  );
  useImperativeHandle(ref, () => ({ reload: accounts.reload }), [accounts.reload]);

  const copyNewLink = async (row: Row) => {
    setFailure(null);
    try {
      const issued = await call(
        api.POST('/api/v1/concierge/accounts/{userId}/link', { params: { path: { userId: row.userId } } }),
      );
      const link = handOverLink(issued.token);
      setFresh({ name: row.displayName, link, expiresAt: issued.expiresAt });
      accounts.reload();
      try {
        await navigator.clipboard.writeText(link);
        void message.success(t('concierge.copied'));
      } catch {
        void message.warning(t('concierge.copyFailed'));
      }
    } catch (err) {
      setFailure(err instanceof Error ? err.message : String(err));
    }
  };

  const columns: TableProps<Row>['columns'] = [
    {
      key: 'account',
      title: t('concierge.col.account'),
      render: (_, r) => (
        <Space orientation="vertical" size={0}>
          <Typography.Text strong>{r.displayName}</Typography.Text>
          <Typography.Text type="secondary">{[r.email, r.mobile].filter(Boolean).join(' · ')}</Typography.Text>
        </Space>
      ),
    },
    { key: 'organization', title: t('concierge.col.organization'), render: (_, r) => r.organization?.name ?? '—' },
    { key: 'createdBy', title: t('concierge.col.createdBy'), render: (_, r) => r.createdBy.displayName },
    {
      key: 'createdAt',
      title: t('concierge.col.createdAt'),
      render: (_, r) => <span data-testid="account-created-at">{shanghaiDateTime(r.createdAt, lang)}</span>,
    },
    {
      key: 'state',
      title: t('concierge.col.state'),
      render: (_, r) => (
        <Space orientation="vertical" size={0}>
          <Tag color={STATE_COLOURS[r.state]} data-testid="hand-over-state">
            {t(`concierge.state.${r.state}` as MessageKey)}
          </Tag>
          <Typography.Text type="secondary">
            {r.state === 'claimed' && r.claimedAt
              ? t('concierge.claimedAt', { date: shanghaiDateTime(r.claimedAt, lang) })
              : r.state === 'invited' && r.linkExpiresAt
                ? t('concierge.linkUntil', { date: shanghaiDateTime(r.linkExpiresAt, lang) })
                : null}
          </Typography.Text>
        </Space>
      ),
    },
    {
      key: 'link',
      title: t('concierge.col.link'),
      render: (_, r) =>
        r.state === 'claimed' ? null : (
          <Tooltip title={t('concierge.copyLinkHint')}>
            <Button size="small" icon={<CopyOutlined />} onClick={() => void copyNewLink(r)}>
              {t('concierge.copyLink')}
            </Button>
          </Tooltip>
        ),
    },
  ];

  return (
    <Card
      size="small"
      title={t('concierge.accounts')}
      extra={
        <Select<State>
          allowClear
          aria-label={t('concierge.stateFilter')}
          placeholder={t('concierge.stateFilter')}
          style={{ width: 220 }}
          value={state}
          onChange={(value) => {
            setState(value);
            setPage(1);
          }}
          options={STATES.map((s) => ({ value: s, label: t(`concierge.state.${s}` as MessageKey) }))}
        />
      }
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Text type="secondary">{t('concierge.accountsHint')}</Typography.Text>
        {(failure ?? accounts.error) && <Alert type="error" showIcon title={failure ?? accounts.error?.message} />}
        {fresh && (
          <Alert
            type="success"
            showIcon
            data-testid="fresh-link"
            title={t('concierge.newLink', { name: fresh.name })}
            description={
              <Space orientation="vertical" style={{ width: '100%' }}>
                <Typography.Text copyable code style={{ wordBreak: 'break-all' }}>
                  {fresh.link}
                </Typography.Text>
                <Typography.Text type="secondary">
                  {t('concierge.expires', { date: shanghaiDateTime(fresh.expiresAt, lang) })}
                </Typography.Text>
              </Space>
            }
          />
        )}
        <Table<Row>
          data-testid="concierge-accounts"
          rowKey="userId"
          size="middle"
          loading={accounts.loading}
          columns={columns}
          dataSource={accounts.data?.items ?? []}
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total: accounts.data?.total ?? 0,
            showSizeChanger: false,
            onChange: setPage,
            showTotal: (n) => t('concierge.total', { n }),
          }}
        />
      </Space>
    </Card>
  );
});
