import { useEffect, useState } from 'react';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, DatePicker, Form, Input, InputNumber, Select, Space, Spin, Typography } from 'antd';
import dayjs, { Dayjs } from 'dayjs';
import { useNavigate, useSearchParams } from 'react-router';
import { api, call } from '@web/api/client';
import { ApiError, ApiFieldError, showFieldErrors } from '@web/api/errors';
import { useI18n } from '@web/i18n/i18n';

interface CallForm {
  title?: string;
  callText: string;
  deadline: Dayjs;
  rewardMin?: number;
  rewardMax?: number;
  eligibleRegions: string[];
  eligibleKinds: ('expert' | 'society' | 'workstation')[];
  minQualifications?: string;
  inviteCount: number;
  criteria: { name: string; weight: number }[];
  milestones: { title: string; acceptanceCriteria: string; dueAt: Dayjs }[];
}

const FIELDS = [
  'title',
  'callText',
  'deadline',
  'rewardMin',
  'rewardMax',
  'eligibleRegions',
  'eligibleKinds',
  'minQualifications',
  'inviteCount',
  'criteria',
  'milestones',
];
const KINDS = ['expert', 'society', 'workstation'] as const;

/** 张榜: a coordinator drafts the call from a published need (?needId=) or revises one (?challengeId=); the enterprise approves it. */
export default function RaiseChallengePage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const needId = params.get('needId');
  const challengeId = params.get('challengeId');
  const [form] = Form.useForm<CallForm>();
  const [heading, setHeading] = useState('');
  const [problems, setProblems] = useState<ApiFieldError[]>([]);
  const [ready, setReady] = useState(false);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    const load = async () => {
      if (challengeId) {
        const c = await call(api.GET('/api/v1/challenges/{id}', { params: { path: { id: challengeId } } }));
        setHeading(c.title);
        form.setFieldsValue({
          title: c.title,
          callText: c.callText,
          deadline: dayjs(c.deadline),
          rewardMin: c.rewardMin ?? undefined,
          rewardMax: c.rewardMax ?? undefined,
          eligibleRegions: c.eligibleRegions,
          eligibleKinds: c.eligibleKinds as CallForm['eligibleKinds'],
          minQualifications: c.minQualifications ?? undefined,
          inviteCount: c.inviteCount ?? 5,
          criteria: c.criteria.map((x) => ({ name: x.name, weight: x.weight })),
          milestones: c.milestones.map((m) => ({
            title: m.title,
            acceptanceCriteria: m.acceptanceCriteria,
            dueAt: dayjs(m.dueAt),
          })),
        });
      } else if (needId) {
        const need = await call(api.GET('/api/v1/needs/{id}', { params: { path: { id: needId } } }));
        setHeading(need.title);
        form.setFieldsValue({
          title: need.title,
          callText: need.description,
          inviteCount: 5,
          eligibleRegions: [],
          eligibleKinds: [],
          criteria: [{ name: '', weight: 100 }],
          milestones: [{ title: '', acceptanceCriteria: '', dueAt: undefined as unknown as Dayjs }],
        });
      }
      setReady(true);
    };
    load().catch((err: unknown) =>
      setProblems([{ field: '', constraint: '', message: err instanceof Error ? err.message : String(err) }]),
    );
  }, [needId, challengeId, form]);

  const submit = async (values: CallForm) => {
    setSaving(true);
    setProblems([]);
    const body = {
      ...values,
      deadline: values.deadline.toISOString(),
      rewardMin: values.rewardMin ?? undefined,
      rewardMax: values.rewardMax ?? undefined,
      minQualifications: values.minQualifications || undefined,
      milestones: values.milestones.map((m) => ({ ...m, dueAt: m.dueAt.toISOString() })),
    };
    try {
      const saved = challengeId
        ? await call(api.PUT('/api/v1/challenges/{id}', { params: { path: { id: challengeId } }, body }))
        : await call(api.POST('/api/v1/needs/{id}/challenges', { params: { path: { id: needId ?? '' } }, body }));
      void navigate(`/challenges/${saved.id}`);
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

  if (!ready && !problems.length) return <Spin />;
  return (
    <Space orientation="vertical" style={{ width: '100%', maxWidth: 880 }}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {challengeId ? t('challenge.reviseTitle') : t('challenge.raiseTitle')}
      </Typography.Title>
      <Typography.Text type="secondary">{heading}</Typography.Text>
      {problems.map((p, i) => (
        <Alert key={i} type="error" showIcon title={p.message} />
      ))}
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="title" label={t('challenge.title')}>
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item name="callText" label={t('challenge.callText')} rules={[{ required: true }]}>
          <Input.TextArea rows={6} />
        </Form.Item>
        <Space wrap>
          <Form.Item name="deadline" label={t('challenge.deadline')} rules={[{ required: true }]}>
            <DatePicker showTime />
          </Form.Item>
          <Form.Item name="rewardMin" label={t('challenge.rewardMin')}>
            <InputNumber min={0} step={10000} style={{ width: 180 }} />
          </Form.Item>
          <Form.Item name="rewardMax" label={t('challenge.rewardMax')}>
            <InputNumber min={0} step={10000} style={{ width: 180 }} />
          </Form.Item>
          <Form.Item name="inviteCount" label={t('challenge.inviteCount')}>
            <InputNumber min={0} max={50} />
          </Form.Item>
        </Space>
        <Form.Item
          name="eligibleRegions"
          label={`${t('challenge.eligibility')} · ${t('challenge.eligibleRegions')}`}
          extra={t('challenge.anyRegion')}
        >
          <Select mode="tags" tokenSeparators={[',', '，', '、']} />
        </Form.Item>
        <Form.Item
          name="eligibleKinds"
          label={`${t('challenge.eligibility')} · ${t('challenge.eligibleKinds')}`}
          extra={t('challenge.anyKind')}
        >
          <Select
            mode="multiple"
            options={KINDS.map((k) => ({ value: k, label: t(`challenge.kind.${k}` as never) }))}
          />
        </Form.Item>
        <Form.Item name="minQualifications" label={t('challenge.minQualifications')}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Typography.Title level={5}>{t('challenge.criteria')}</Typography.Title>
        <Form.List name="criteria">
          {(items, { add, remove }) => (
            <>
              {items.map((item) => (
                <Space key={item.key} align="baseline" wrap>
                  <Form.Item name={[item.name, 'name']} rules={[{ required: true }]}>
                    <Input
                      placeholder={t('challenge.criterionName')}
                      aria-label={t('challenge.criterionName')}
                      style={{ width: 320 }}
                    />
                  </Form.Item>
                  <Form.Item name={[item.name, 'weight']} rules={[{ required: true }]}>
                    <InputNumber min={1} max={100} suffix="%" aria-label={t('challenge.weight')} />
                  </Form.Item>
                  {items.length > 1 && <MinusCircleOutlined onClick={() => remove(item.name)} />}
                </Space>
              ))}
              <Form.Item>
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ name: '', weight: 10 })}>
                  {t('challenge.addCriterion')}
                </Button>
              </Form.Item>
            </>
          )}
        </Form.List>
        <Typography.Title level={5}>{t('challenge.milestones')}</Typography.Title>
        <Form.List name="milestones">
          {(items, { add, remove }) => (
            <>
              {items.map((item) => (
                <Space key={item.key} align="baseline" wrap>
                  <Form.Item name={[item.name, 'title']} rules={[{ required: true }]}>
                    <Input placeholder={t('challenge.milestoneTitle')} aria-label={t('challenge.milestoneTitle')} />
                  </Form.Item>
                  <Form.Item name={[item.name, 'acceptanceCriteria']} rules={[{ required: true }]}>
                    <Input
                      placeholder={t('challenge.acceptance')}
                      aria-label={t('challenge.acceptance')}
                      style={{ width: 360 }}
                    />
                  </Form.Item>
                  <Form.Item name={[item.name, 'dueAt']} rules={[{ required: true }]}>
                    <DatePicker aria-label={t('challenge.dueAt')} />
                  </Form.Item>
                  {items.length > 1 && <MinusCircleOutlined onClick={() => remove(item.name)} />}
                </Space>
              ))}
              <Form.Item>
                <Button
                  type="dashed"
                  icon={<PlusOutlined />}
                  onClick={() => add({ title: '', acceptanceCriteria: '' })}
                >
                  {t('challenge.addMilestone')}
                </Button>
              </Form.Item>
            </>
          )}
        </Form.List>
        <Button type="primary" htmlType="submit" loading={saving}>
          {t('challenge.sendForApproval')}
        </Button>
      </Form>
    </Space>
  );
}
