import { useState } from 'react';
import { Alert, App, Button, Form, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import type { TableProps } from 'antd';
import dayjs from 'dayjs';
import { api, call, int } from '@web/api/client';
import { ApiError, showFieldErrors } from '@web/api/errors';
import type { components } from '@web/api/schema';
import { RegionPicker } from '@web/components/RegionPicker';
import { useLoad } from '@web/components/useLoad';
import { MessageKey, useI18n } from '@web/i18n/i18n';

type UserRow = components['schemas']['DirectoryUserDto'];
type OrganizationRow = components['schemas']['DirectoryOrganizationDto'];
type OrganizationType = OrganizationRow['type'];
const ORGANIZATION_TYPES: OrganizationType[] = [
  'enterprise',
  'society',
  'workstation',
  'university',
  'institute',
  'association',
  'platform',
];
const PAGE_SIZE = 20;

/** Every account of the platform: search by name / address, admins only or not, a page at a time. */
export function UsersPage() {
  const { t } = useI18n();
  const [form] = Form.useForm<{ q?: string; admin?: boolean }>();
  const [filters, setFilters] = useState<{ q?: string; admin?: boolean }>({});
  const [page, setPage] = useState(1);
  const users = useLoad(async () => {
    try {
      return await call(
        api.GET('/api/v1/directory/users', {
          params: { query: { ...filters, page: int(page), limit: int(PAGE_SIZE) } },
        }),
      );
    } catch (e) {
      showFieldErrors(form, e, ['q', 'admin']);
      throw e;
    }
  }, [filters, page]);
  const columns: TableProps<UserRow>['columns'] = [
    {
      key: 'name',
      title: t('directory.name'),
      render: (_, u) => (
        <Space>
          {u.displayName}
          {u.isPlatformAdmin && <Tag color="gold">{t('directory.admin')}</Tag>}
        </Space>
      ),
    },
    {
      key: 'email',
      title: t('account.email'),
      render: (_, u) =>
        u.email && (
          <Space>
            {u.email}
            <Tag color={u.emailConfirmed ? 'green' : 'orange'}>
              {t(u.emailConfirmed ? 'account.confirmed' : 'account.unconfirmed')}
            </Tag>
          </Space>
        ),
    },
    { key: 'mobile', title: t('account.mobile'), dataIndex: 'mobile' },
    { key: 'organizations', title: t('directory.organizations'), dataIndex: 'organizations' },
    { key: 'createdAt', title: t('directory.createdAt'), render: (_, u) => dayjs(u.createdAt).format('YYYY-MM-DD') },
  ];
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t('directory.users')}
      </Typography.Title>
      <Form
        form={form}
        layout="inline"
        data-testid="user-filters"
        onFinish={(v) => {
          setFilters({ q: v.q?.trim() || undefined, admin: v.admin });
          setPage(1);
        }}
      >
        <Form.Item name="q" label={t('directory.search')}>
          <Input allowClear style={{ width: 240 }} />
        </Form.Item>
        <Form.Item name="admin" label={t('directory.role')}>
          <Select
            allowClear
            style={{ width: 160 }}
            options={[
              { value: true, label: t('directory.admin') },
              { value: false, label: t('directory.notAdmin') },
            ]}
          />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          {t('admin.filter')}
        </Button>
      </Form>
      {users.error && <Alert type="error" showIcon title={users.error.message} />}
      <Table<UserRow>
        data-testid="users-table"
        rowKey="id"
        size="middle"
        loading={users.loading}
        columns={columns}
        dataSource={users.data?.items ?? []}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: users.data?.total ?? 0,
          showSizeChanger: false,
          onChange: setPage,
          showTotal: (n) => t('needsList.total', { n }),
        }}
      />
    </Space>
  );
}

/** Every organisation: by name, type and region, a page at a time. */
export function OrganizationsPage() {
  const { t } = useI18n();
  const [form] = Form.useForm<{ q?: string; type?: OrganizationType; region?: string | null }>();
  const [filters, setFilters] = useState<{ q?: string; type?: OrganizationType; region?: string }>({});
  const [page, setPage] = useState(1);
  const orgs = useLoad(async () => {
    try {
      return await call(
        api.GET('/api/v1/directory/organizations', {
          params: { query: { ...filters, page: int(page), limit: int(PAGE_SIZE) } },
        }),
      );
    } catch (e) {
      showFieldErrors(form, e, ['q', 'type', 'region']);
      throw e;
    }
  }, [filters, page]);
  const [editing, setEditing] = useState<OrganizationRow | null>(null);
  const typeLabel = (type: string) => t(`directory.type.${type}` as MessageKey);
  const columns: TableProps<OrganizationRow>['columns'] = [
    { key: 'name', title: t('directory.name'), dataIndex: 'name' },
    { key: 'type', title: t('directory.type'), render: (_, o) => <Tag>{typeLabel(o.type)}</Tag> },
    { key: 'region', title: t('needsList.region'), dataIndex: 'regionCode' },
    { key: 'creditCode', title: t('orgAdmin.creditCode'), render: (_, o) => o.creditCode ?? '—' },
    { key: 'members', title: t('directory.members'), dataIndex: 'members' },
    { key: 'createdAt', title: t('directory.createdAt'), render: (_, o) => dayjs(o.createdAt).format('YYYY-MM-DD') },
    {
      key: 'edit',
      title: '',
      render: (_, o) => (
        <Button size="small" onClick={() => setEditing(o)}>
          {t('orgAdmin.edit')}
        </Button>
      ),
    },
  ];
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t('directory.organizationsTitle')}
      </Typography.Title>
      <Form
        form={form}
        layout="inline"
        data-testid="organization-filters"
        onValuesChange={(_, v) => {
          setFilters({ q: v.q?.trim() || undefined, type: v.type, region: v.region ?? undefined });
          setPage(1);
        }}
      >
        <Form.Item name="q" label={t('directory.search')}>
          <Input allowClear style={{ width: 240 }} />
        </Form.Item>
        <Form.Item name="type" label={t('directory.type')}>
          <Select
            allowClear
            style={{ width: 160 }}
            options={ORGANIZATION_TYPES.map((type) => ({ value: type, label: typeLabel(type) }))}
          />
        </Form.Item>
        <Form.Item name="region" label={t('needsList.region')}>
          <RegionPicker />
        </Form.Item>
      </Form>
      {orgs.error && <Alert type="error" showIcon title={orgs.error.message} />}
      <Table<OrganizationRow>
        data-testid="organizations-table"
        rowKey="id"
        size="middle"
        loading={orgs.loading}
        columns={columns}
        dataSource={orgs.data?.items ?? []}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: orgs.data?.total ?? 0,
          showSizeChanger: false,
          onChange: setPage,
          showTotal: (n) => t('needsList.total', { n }),
        }}
      />
      {editing && (
        <OrganizationEditor
          organization={editing}
          onClose={(saved) => {
            setEditing(null);
            if (saved) orgs.reload();
          }}
        />
      )}
    </Space>
  );
}

/** A platform admin corrects an organisation's name and 统一社会信用代码; the API's field errors show beside the fields. */
function OrganizationEditor({
  organization,
  onClose,
}: {
  organization: OrganizationRow;
  onClose: (saved: boolean) => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ name: string; creditCode: string }>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const save = async () => {
    setBusy(true);
    setFailure(null);
    try {
      const { name, creditCode } = form.getFieldsValue();
      await call(
        api.PATCH('/api/v1/organizations/{id}', {
          params: { path: { id: organization.id } },
          body: { name, creditCode: creditCode?.trim() ? creditCode : null },
        }),
      );
      void message.success(t('orgAdmin.saved'));
      onClose(true);
    } catch (err) {
      const rest = showFieldErrors(form, err);
      if (!(err instanceof ApiError) || !err.fieldErrors.length || rest.length)
        setFailure(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      title={t('orgAdmin.editTitle', { name: organization.name })}
      okText={t('orgAdmin.save')}
      confirmLoading={busy}
      onOk={() => void save()}
      onCancel={() => onClose(false)}
    >
      {failure && <Alert type="error" showIcon title={failure} style={{ marginBottom: 12 }} />}
      <Form
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={{ name: organization.name, creditCode: organization.creditCode ?? '' }}
      >
        <Form.Item name="name" label={t('orgAdmin.name')}>
          <Input />
        </Form.Item>
        <Form.Item name="creditCode" label={t('orgAdmin.creditCode')} extra={t('concierge.creditCodeHint')}>
          <Input style={{ textTransform: 'uppercase' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
