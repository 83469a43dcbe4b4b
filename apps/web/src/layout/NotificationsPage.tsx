import { Alert, Badge, Button, List, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useNavigate } from 'react-router';
import { api, call, int } from '@web/api/client';
import type { InboxItem } from '@web/api/types';
import { useLoad } from '@web/components/useLoad';
import { useI18n } from '@web/i18n/i18n';

const announceRead = () => window.dispatchEvent(new Event('mkt:notifications-read'));

/** The in-app inbox: newest first; opening one marks it read and follows its link. */
export default function NotificationsPage() {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const inbox = useLoad(
    () => call(api.GET('/api/v1/notifications', { params: { query: { limit: int(50) } } })),
    [lang],
  );

  const open = async (item: InboxItem) => {
    if (!item.readAt)
      await call(api.POST('/api/v1/notifications/{id}/read', { params: { path: { id: item.id } } })).catch(
        () => undefined,
      );
    announceRead();
    if (item.link) void navigate(item.link);
    else inbox.reload();
  };

  const readAll = async () => {
    await call(api.POST('/api/v1/notifications/read-all'));
    announceRead();
    inbox.reload();
  };

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t('notifications.title')}
        </Typography.Title>
        <Button onClick={readAll} disabled={!inbox.data?.unread}>
          {t('notifications.readAll')}
        </Button>
      </Space>
      {inbox.error && <Alert type="error" showIcon title={inbox.error.message} />}
      <List<InboxItem>
        bordered
        loading={inbox.loading}
        dataSource={inbox.data?.items ?? []}
        locale={{ emptyText: t('notifications.empty') }}
        renderItem={(item) => (
          <List.Item
            data-testid="notification"
            actions={[
              <Button key="open" type="link" onClick={() => open(item)}>
                {t('notifications.open')}
              </Button>,
            ]}
            style={{ background: item.readAt ? undefined : '#f0f7ff' }}
          >
            <List.Item.Meta
              title={
                <Space>
                  {!item.readAt && <Badge status="processing" aria-label={t('notifications.unread')} />}
                  <span>{item.title}</span>
                  {item.doneAt && (
                    <Tag color="green" data-testid="notification-done">
                      {t('notifications.done')}
                    </Tag>
                  )}
                </Space>
              }
              description={
                <>
                  <div>{item.body}</div>
                  <div className="muted">{dayjs(item.occurredAt).format('YYYY-MM-DD HH:mm')}</div>
                </>
              }
            />
          </List.Item>
        )}
      />
    </Space>
  );
}
