import { useRef, useState } from 'react';
import { Alert, Button, Card, Col, Form, Input, Row, Select, Space, Typography } from 'antd';
import { api, call } from '@web/api/client';
import { ApiError, showFieldErrors } from '@web/api/errors';
import type { Organization } from '@web/api/types';
import type { components } from '@web/api/schema';
import { RegionPicker } from '@web/components/RegionPicker';
import { useI18n } from '@web/i18n/i18n';
import { shanghaiDateTime } from '@web/components/shanghai-time';
import { ConciergeAccounts, ConciergeAccountsHandle, handOverLink } from './ConciergeAccounts';

type Schemas = components['schemas'];
const TYPES = ['enterprise', 'society', 'workstation', 'university', 'institute'] as const;

/** The concierge (保姆式) service: set up an organisation and an account for someone, and hand them a set-password link. */
export default function ConciergePage() {
  const { t, lang } = useI18n();
  const accounts = useRef<ConciergeAccountsHandle>(null);
  const [orgForm] = Form.useForm();
  const [accountForm] = Form.useForm();
  const [created, setCreated] = useState<Organization[]>([]);
  const [invitation, setInvitation] = useState<{ name: string; link: string; expiresAt: string } | null>(null);
  const [failure, setFailure] = useState<{ form: 'org' | 'account'; message: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (which: 'org' | 'account', action: () => Promise<void>) => {
    setBusy(true);
    setFailure(null);
    try {
      await action();
    } catch (err) {
      const form = which === 'org' ? orgForm : accountForm;
      const rest = showFieldErrors(form, err);
      if (!(err instanceof ApiError) || !err.fieldErrors.length || rest.length)
        setFailure({ form: which, message: err instanceof Error ? err.message : String(err) });
    } finally {
      setBusy(false);
    }
  };

  const createOrganization = () =>
    run('org', async () => {
      const org = await call(
        api.POST('/api/v1/concierge/organizations', {
          body: orgForm.getFieldsValue(true) as Schemas['ConciergeOrganizationDto'],
        }),
      );
      setCreated((list) => [org, ...list]);
      accountForm.setFieldsValue({ organizationId: org.id });
      orgForm.resetFields();
    });

  const createAccount = () =>
    run('account', async () => {
      const values = accountForm.getFieldsValue(true) as Schemas['ConciergeAccountDto'];
      const result = await call(api.POST('/api/v1/concierge/accounts', { body: values }));
      const link = handOverLink(result.invitation.token);
      setInvitation({ name: result.user.displayName, link, expiresAt: result.invitation.expiresAt });
      accountForm.resetFields(['displayName', 'email', 'mobile']);
      accounts.current?.reload();
    });

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t('concierge.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('concierge.intro')}
      </Typography.Paragraph>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('concierge.step1')}>
            {failure?.form === 'org' && (
              <Alert type="error" showIcon title={failure.message} style={{ marginBottom: 12 }} />
            )}
            <Form form={orgForm} layout="vertical" initialValues={{ type: 'enterprise' }} requiredMark={false}>
              <Form.Item name="type" label={t('concierge.orgType')}>
                <Select options={TYPES.map((v) => ({ value: v, label: t(`orgType.${v}`) }))} />
              </Form.Item>
              <Form.Item name="name" label={t('concierge.orgName')}>
                <Input />
              </Form.Item>
              <Form.Item name="region" label={t('form.region')}>
                <RegionPicker aria-label={t('form.region')} />
              </Form.Item>
              <Form.Item name="creditCode" label={t('concierge.creditCode')} extra={t('concierge.creditCodeHint')}>
                <Input style={{ textTransform: 'uppercase' }} />
              </Form.Item>
              <Form.Item name="description" label={t('form.description')}>
                <Input.TextArea rows={2} />
              </Form.Item>
              <Button type="primary" loading={busy} onClick={createOrganization}>
                {t('concierge.createOrg')}
              </Button>
            </Form>
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('concierge.step2')}>
            {failure?.form === 'account' && (
              <Alert type="error" showIcon title={failure.message} style={{ marginBottom: 12 }} />
            )}
            <Form form={accountForm} layout="vertical" initialValues={{ role: 'admin' }} requiredMark={false}>
              <Form.Item
                name="organizationId"
                label={t('concierge.organization')}
                extra={t('concierge.organizationHint')}
              >
                <Select
                  showSearch={false}
                  options={created.map((o) => ({ value: o.id, label: o.name }))}
                  notFoundContent={t('concierge.noOrganization')}
                />
              </Form.Item>
              <Form.Item name="displayName" label={t('concierge.displayName')}>
                <Input />
              </Form.Item>
              <Form.Item name="email" label={t('concierge.email')}>
                <Input inputMode="email" />
              </Form.Item>
              <Form.Item name="mobile" label={t('concierge.mobile')}>
                <Input inputMode="tel" />
              </Form.Item>
              <Form.Item name="role" label={t('concierge.role')}>
                <Select
                  options={[
                    { value: 'admin', label: t('role.admin') },
                    { value: 'member', label: t('role.member') },
                  ]}
                />
              </Form.Item>
              <Button type="primary" loading={busy} onClick={createAccount}>
                {t('concierge.createAccount')}
              </Button>
            </Form>
          </Card>
        </Col>
      </Row>
      {invitation && (
        <Alert
          type="success"
          showIcon
          title={t('concierge.handOver', { name: invitation.name })}
          description={
            <Space orientation="vertical" style={{ width: '100%' }}>
              <Typography.Text copyable code style={{ wordBreak: 'break-all' }}>
                {invitation.link}
              </Typography.Text>
              <Typography.Text type="secondary">
                {t('concierge.expires', { date: shanghaiDateTime(invitation.expiresAt, lang) })}
              </Typography.Text>
            </Space>
          }
        />
      )}
      <ConciergeAccounts ref={accounts} />
    </Space>
  );
}
