import { Alert, Card, Space, Spin, Typography } from 'antd';
import { useParams } from 'react-router';
import { api, call } from '@web/api/client';
import type { NeedView } from '@web/api/models';
import { NeedSummary } from '@web/components/NeedSummary';
import { StateTag } from '@web/components/StateTag';
import { useLoad } from '@web/components/useLoad';

/** A need as anyone may read it (the confidential part only for those the API allows). */
export default function NeedPage() {
  const { id = '' } = useParams();
  const need = useLoad(() => call<NeedView>(api.GET('/api/v1/needs/{id}', { params: { path: { id } } })), [id]);
  if (need.loading) return <Spin />;
  if (need.error || !need.data) return <Alert type="error" showIcon title={need.error?.message} />;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap><Typography.Title level={2} style={{ margin: 0 }}>{need.data.title}</Typography.Title><StateTag state={need.data.state} /></Space>
      <Card size="small"><NeedSummary need={need.data} /></Card>
    </Space>
  );
}
