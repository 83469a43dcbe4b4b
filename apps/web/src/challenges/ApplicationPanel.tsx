import { useEffect, useState } from 'react';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Checkbox,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Select,
  Space,
  Spin,
  Tag,
  Typography,
} from 'antd';
import dayjs, { Dayjs } from 'dayjs';
import { Link } from 'react-router';
import { api, call } from '@web/api/client';
import { ApiError, ApiFieldError, showFieldErrors } from '@web/api/errors';
import { useLoad } from '@web/components/useLoad';
import { useI18n } from '@web/i18n/i18n';
import { useSession } from '@web/session/session';
import { Challenge } from './challenge-bits';

interface ProposalForm {
  providerId: string;
  approach: string;
  team: { name: string; role: string; affiliation?: string }[];
  schedule: Dayjs[];
  price: number;
  attachments: { name: string; url: string }[];
  meetsQualifications?: boolean;
}

const FIELDS = ['providerId', 'approach', 'team', 'schedule', 'price', 'attachments', 'meetsQualifications'];

/** 揭榜: the proposal of a provider the user speaks for; editable until the deadline. */
export function ApplicationPanel({ challenge, onSaved }: { challenge: Challenge; onSaved: () => void }) {
  const { t } = useI18n();
  const { me } = useSession();
  if (!me) return <Alert type="info" showIcon title={<Link to="/sign-in">{t('challenge.signInToApply')}</Link>} />;
  return <SignedInApplication challenge={challenge} onSaved={onSaved} />;
}

function SignedInApplication({ challenge, onSaved }: { challenge: Challenge; onSaved: () => void }) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<ProposalForm>();
  const [problems, setProblems] = useState<ApiFieldError[]>([]);
  const [saving, setSaving] = useState(false);
  const providers = useLoad(
    () => call(api.GET('/api/v1/challenges/{id}/my-providers', { params: { path: { id: challenge.id } } })),
    [challenge.id],
  );
  const providerId = Form.useWatch('providerId', form);
  const chosen = providers.data?.find((p) => p.id === providerId) ?? null;
  const existing = useLoad(
    async () =>
      chosen?.applicationId
        ? call(api.GET('/api/v1/challenge-applications/{id}', { params: { path: { id: chosen.applicationId } } }))
        : null,
    [chosen?.applicationId],
  );
  const open = challenge.status === 'open';

  useEffect(() => {
    const first = providers.data?.find((p) => p.applicationId) ?? providers.data?.find((p) => p.eligible);
    if (first && !form.getFieldValue('providerId')) form.setFieldValue('providerId', first.id);
  }, [providers.data, form]);

  useEffect(() => {
    const a = existing.data;
    if (!a) return;
    form.setFieldsValue({
      approach: a.approach,
      price: a.price,
      attachments: a.attachments,
      team: a.team.map((m) => ({ name: m.name, role: m.role, affiliation: m.affiliation ?? undefined })),
      schedule: challenge.milestones.map((m) => {
        const s = a.schedule.find((x) => x.milestone === m.seq);
        return s ? dayjs(s.plannedDate) : undefined;
      }) as Dayjs[],
      meetsQualifications: true,
    });
  }, [existing.data, form, challenge.milestones]);

  if (providers.loading) return <Spin />;
  if (!providers.data?.length) return <Alert type="info" showIcon title={t('challenge.noProviders')} />;

  const submit = async (values: ProposalForm) => {
    setSaving(true);
    setProblems([]);
    const body = {
      approach: values.approach,
      price: values.price,
      team: values.team ?? [],
      attachments: values.attachments ?? [],
      schedule: (values.schedule ?? [])
        .map((d, i) => (d ? { milestone: i + 1, plannedDate: d.format('YYYY-MM-DD') } : null))
        .filter((x): x is { milestone: number; plannedDate: string } => !!x),
      ...(challenge.minQualifications ? { meetsQualifications: !!values.meetsQualifications } : {}),
    };
    try {
      if (chosen?.applicationId)
        await call(
          api.PUT('/api/v1/challenge-applications/{id}', { params: { path: { id: chosen.applicationId } }, body }),
        );
      else
        await call(
          api.POST('/api/v1/challenges/{id}/applications', {
            params: { path: { id: challenge.id } },
            body: { ...body, providerId: values.providerId },
          }),
        );
      message.success(t('challenge.saved'));
      providers.reload();
      onSaved();
    } catch (err) {
      const rest = showFieldErrors(form, err, FIELDS);
      setProblems(
        err instanceof ApiError && err.fieldErrors.length
          ? rest
          : [{ field: '', constraint: '', message: err instanceof Error ? err.message : String(err) }],
      );
    } finally {
      setSaving(false);
    }
  };

  const a = existing.data;
  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={submit}
      disabled={!open}
      style={{ maxWidth: 820 }}
      initialValues={{ team: [{ name: '', role: '' }], attachments: [] }}
    >
      {a && (
        <Alert
          style={{ marginBottom: 16 }}
          type={a.status === 'unsuccessful' ? 'warning' : 'success'}
          showIcon
          title={
            <Space wrap>
              {t(`challenge.appStatus.${a.status}` as never)}
              {a.outcome && <span>{t('challenge.outcome', { reason: a.outcome.reason[lang] })}</span>}
              {open && <span>{t('challenge.applied')}</span>}
            </Space>
          }
        />
      )}
      {problems.map((p, i) => (
        <Alert key={i} type="error" showIcon title={p.message} style={{ marginBottom: 8 }} />
      ))}
      <Form.Item name="providerId" label={t('challenge.provider')} rules={[{ required: true }]}>
        <Select
          options={providers.data.map((p) => ({
            value: p.id,
            disabled: !p.eligible,
            label: (
              <Space>
                {p.name}
                <Tag>{t(`challenge.kind.${p.kind}` as never)}</Tag>
                {!p.eligible && t('challenge.notEligible')}
              </Space>
            ),
          }))}
        />
      </Form.Item>
      <Form.Item name="approach" label={t('challenge.approach')} rules={[{ required: true }]}>
        <Input.TextArea rows={5} maxLength={20000} />
      </Form.Item>
      <Typography.Title level={5}>{t('challenge.team')}</Typography.Title>
      <Form.List name="team">
        {(items, { add, remove }) => (
          <>
            {items.map((item) => (
              <Space key={item.key} align="baseline" wrap>
                <Form.Item name={[item.name, 'name']} rules={[{ required: true }]}>
                  <Input placeholder={t('challenge.memberName')} aria-label={t('challenge.memberName')} />
                </Form.Item>
                <Form.Item name={[item.name, 'role']} rules={[{ required: true }]}>
                  <Input placeholder={t('challenge.memberRole')} aria-label={t('challenge.memberRole')} />
                </Form.Item>
                <Form.Item name={[item.name, 'affiliation']}>
                  <Input placeholder={t('challenge.memberAffiliation')} aria-label={t('challenge.memberAffiliation')} />
                </Form.Item>
                {items.length > 1 && <MinusCircleOutlined onClick={() => remove(item.name)} />}
              </Space>
            ))}
            <Form.Item>
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ name: '', role: '' })}>
                {t('challenge.addMember')}
              </Button>
            </Form.Item>
          </>
        )}
      </Form.List>
      <Typography.Title level={5}>{t('challenge.schedule')}</Typography.Title>
      {challenge.milestones.map((m, i) => (
        <Form.Item
          key={m.id}
          name={['schedule', i]}
          label={`${t('challenge.plannedDate', { seq: m.seq })} · ${m.title}`}
          rules={[{ required: true }]}
        >
          <DatePicker />
        </Form.Item>
      ))}
      <Form.Item name="price" label={t('challenge.price')} rules={[{ required: true }]}>
        <InputNumber min={0} step={10000} style={{ width: 240 }} />
      </Form.Item>
      <Typography.Title level={5}>{t('challenge.attachments')}</Typography.Title>
      <Form.List name="attachments">
        {(items, { add, remove }) => (
          <>
            {items.map((item) => (
              <Space key={item.key} align="baseline" wrap>
                <Form.Item name={[item.name, 'name']} rules={[{ required: true }]}>
                  <Input placeholder={t('challenge.attachmentName')} aria-label={t('challenge.attachmentName')} />
                </Form.Item>
                <Form.Item name={[item.name, 'url']} rules={[{ required: true }]}>
                  <Input placeholder="https://" aria-label={t('challenge.attachmentUrl')} style={{ width: 360 }} />
                </Form.Item>
                <MinusCircleOutlined onClick={() => remove(item.name)} />
              </Space>
            ))}
            <Form.Item>
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ name: '', url: '' })}>
                {t('challenge.addAttachment')}
              </Button>
            </Form.Item>
          </>
        )}
      </Form.List>
      {challenge.minQualifications && (
        <Form.Item name="meetsQualifications" valuePropName="checked" extra={challenge.minQualifications}>
          <Checkbox>{t('challenge.meetsQualifications')}</Checkbox>
        </Form.Item>
      )}
      {open && (
        <Button type="primary" htmlType="submit" loading={saving}>
          {a ? t('challenge.updateApplication') : t('challenge.submitApplication')}
        </Button>
      )}
    </Form>
  );
}
