import { useEffect, useMemo, useState } from 'react';
import {
  Alert,
  App,
  Button,
  Checkbox,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Modal,
  Popconfirm,
  Select,
  Space,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { Link, useParams } from 'react-router';
import { api, call } from '@web/api/client';
import type { components } from '@web/api/schema';
import { COOPERATION_MODES, modeLabel } from '@web/components/labels';
import { useLoad } from '@web/components/useLoad';
import { MessageKey, useI18n } from '@web/i18n/i18n';
import { useBusy } from '../components/useBusy';

type Schemas = components['schemas'];
type EventView = Schemas['EventView'];
type Meeting = Schemas['MeetingView'];
type Participant = Schemas['ParticipantView'];
type Candidate = Schemas['CandidateView'];
type Outcome = 'no_interest' | 'follow_up' | 'introduction' | 'signed';

const OUTCOMES: Outcome[] = ['no_interest', 'follow_up', 'introduction', 'signed'];
const OUTCOME_COLOR: Record<Outcome, string> = {
  no_interest: 'default',
  follow_up: 'blue',
  introduction: 'purple',
  signed: 'green',
};

/** An event: its schedule grid (slots × tables), participants and wish lists, invitations, outcomes and print-outs. */
export default function EventPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const event = useLoad(() => call(api.GET('/api/v1/events/{id}', { params: { path: { id } } })), [id]);
  const schedule = useLoad(() => call(api.GET('/api/v1/events/{id}/schedule', { params: { path: { id } } })), [id]);
  const participants = useLoad(
    () => call(api.GET('/api/v1/events/{id}/participants', { params: { path: { id } } })),
    [id],
  );
  const running = schedule.data?.status === 'running';
  useEffect(() => {
    if (!running) return undefined;
    const timer = setInterval(() => {
      schedule.reload();
      event.reload();
    }, 1500);
    return () => clearInterval(timer);
  }, [running]);

  if (event.error) return <Alert type="error" showIcon title={event.error.message} />;
  const e = event.data;
  if (!e) return null;
  const coordinator = e.viewerRoles.includes('coordinator');
  const reload = () => {
    event.reload();
    schedule.reload();
    participants.reload();
  };
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="large">
      <Typography.Title level={2} style={{ margin: 0 }}>
        {e.title}
      </Typography.Title>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 3 }}
        items={[
          { key: 'date', label: t('events.date'), children: e.date },
          { key: 'venue', label: t('events.venue'), children: e.venue ?? e.onlineUrl },
          {
            key: 'capacity',
            label: t('events.capacity'),
            children: t('events.registered', { n: e.registeredCount, capacity: e.capacity }),
          },
        ]}
      />
      <Tabs
        items={[
          {
            key: 'schedule',
            label: t('events.tab.schedule'),
            children: (
              <ScheduleTab event={e} schedule={schedule} participants={participants.data ?? []} onChange={reload} />
            ),
          },
          {
            key: 'participants',
            label: t('events.tab.participants'),
            children: <ParticipantsTab event={e} participants={participants.data ?? []} onChange={reload} />,
          },
          ...(coordinator
            ? [{ key: 'invite', label: t('events.tab.invite'), children: <InviteTab event={e} onChange={reload} /> }]
            : []),
        ]}
      />
    </Space>
  );
}

function ScheduleTab({
  event,
  schedule,
  participants,
  onChange,
}: {
  event: EventView;
  schedule: ReturnType<typeof useLoad<Schemas['ScheduleView']>>;
  participants: Participant[];
  onChange: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [moving, setMoving] = useState<Meeting | null>(null);
  const [recording, setRecording] = useState<Meeting | null>(null);
  const coordinator = event.viewerRoles.includes('coordinator');
  const s = schedule.data;

  const compute = async () => {
    try {
      await call(api.POST('/api/v1/events/{id}/schedule', { params: { path: { id: event.id } } }));
      onChange();
    } catch (err) {
      message.error(err instanceof Error ? err.message : String(err));
    }
  };

  const print = async (query: { view: 'participant' | 'tables'; participantId?: string; lang?: 'zh-CN' | 'en' }) => {
    const { data, response } = await api.GET('/api/v1/events/{id}/print', {
      params: { path: { id: event.id }, query },
      parseAs: 'text',
    });
    if (!response.ok) {
      message.error(String(response.status));
      return;
    }
    window.open(URL.createObjectURL(new Blob([data as string], { type: 'text/html' })), '_blank');
  };

  const rows = (s?.slots ?? []).map((slot, index) => ({ index, label: `${slot.start}–${slot.end}` }));
  const cell = (slot: number, table: number) => s?.meetings.find((m) => m.slot === slot && m.table === table);
  const mine = event.myParticipantIds;

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap>
        {coordinator && (
          <Button type="primary" onClick={compute} loading={s?.status === 'running'} data-testid="compute-schedule">
            {s?.status === 'ready' ? t('events.schedule.recompute') : t('events.schedule.compute')}
          </Button>
        )}
        {coordinator && <Button onClick={() => print({ view: 'tables' })}>{t('events.print.tables')}</Button>}
        {mine.map((pid) => (
          <Space key={pid}>
            <Button onClick={() => print({ view: 'participant', participantId: pid, lang: 'zh-CN' })}>
              {t('events.print.mine')}
            </Button>
            <Button onClick={() => print({ view: 'participant', participantId: pid, lang: 'en' })}>
              {t('events.print.mineEn')}
            </Button>
          </Space>
        ))}
      </Space>
      {s?.status === 'none' && <Alert type="info" showIcon title={t('events.schedule.none')} />}
      {s?.status === 'running' && <Alert type="info" showIcon title={t('events.schedule.running')} />}
      {s?.status === 'failed' && <Alert type="error" showIcon title={t('events.schedule.failed')} />}
      {coordinator && s?.value != null && s.bound != null && (
        <Typography.Text data-testid="schedule-quality">
          {t('events.schedule.quality', {
            value: s.value.toFixed(2),
            bound: s.bound.toFixed(2),
            method: t(s.method === 'exact' ? 'events.schedule.exact' : 'events.schedule.heuristic'),
          })}
        </Typography.Text>
      )}
      {coordinator && !!s?.uncovered.length && (
        <Alert type="warning" showIcon title={t('events.schedule.uncovered', { n: s.uncovered.length })} />
      )}
      <Table
        rowKey="index"
        dataSource={rows}
        pagination={false}
        bordered
        size="small"
        scroll={{ x: 200 + 220 * (s?.tableNames.length ?? 1) }}
        data-testid="schedule-grid"
        columns={[
          { title: t('events.schedule.slot'), dataIndex: 'label', fixed: 'left', width: 120 },
          ...(s?.tableNames ?? []).map((name, table) => ({
            title: t('events.schedule.table', { name }),
            key: `t${table}`,
            width: 220,
            render: (_: unknown, row: { index: number }) => {
              const m = cell(row.index, table);
              if (!m) return <Typography.Text type="secondary">{t('events.schedule.free')}</Typography.Text>;
              const own = mine.includes(m.enterpriseParticipantId) || mine.includes(m.providerParticipantId);
              return (
                <Space orientation="vertical" size={2} data-testid="meeting-cell">
                  <Typography.Text strong={own}>{m.enterpriseName}</Typography.Text>
                  <Typography.Text>× {m.providerName}</Typography.Text>
                  <Space size={4} wrap>
                    <Tag>{t('events.schedule.score', { score: m.score.toFixed(2) })}</Tag>
                    {coordinator && <Tag color="blue">{t('events.schedule.value', { value: m.value.toFixed(2) })}</Tag>}
                    {m.pinned && <Tag color="gold">{t('events.schedule.pinned')}</Tag>}
                    {m.outcome && (
                      <Tag color={OUTCOME_COLOR[m.outcome]}>{t(`events.outcome.${m.outcome}` as MessageKey)}</Tag>
                    )}
                    {m.agreementStatus && (
                      <Tag color={m.agreementStatus === 'recorded' ? 'green' : 'default'}>
                        {t(`events.agreement.${m.agreementStatus}` as MessageKey)}
                      </Tag>
                    )}
                  </Space>
                  <Space size={4} wrap>
                    {coordinator && (
                      <Button size="small" onClick={() => setMoving(m)}>
                        {t('events.meeting.move')}
                      </Button>
                    )}
                    {(coordinator || own) && event.held && (
                      <Button size="small" onClick={() => setRecording(m)}>
                        {t('events.meeting.outcome')}
                      </Button>
                    )}
                    {m.engagementId && (
                      <Link to={`/engagements/${m.engagementId}`}>{t('events.meeting.engagement')}</Link>
                    )}
                  </Space>
                </Space>
              );
            },
          })),
        ]}
      />
      {!event.held && <Typography.Text type="secondary">{t('events.notHeld')}</Typography.Text>}
      <MoveModal
        event={event}
        meeting={moving}
        slots={rows}
        onClose={() => setMoving(null)}
        onDone={() => {
          setMoving(null);
          onChange();
        }}
      />
      <OutcomeModal
        event={event}
        meeting={recording}
        onClose={() => setRecording(null)}
        onDone={() => {
          setRecording(null);
          onChange();
        }}
      />
      {participants.length === 0 && null}
    </Space>
  );
}

function MoveModal({
  event,
  meeting,
  slots,
  onClose,
  onDone,
}: {
  event: EventView;
  meeting: Meeting | null;
  slots: { index: number; label: string }[];
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ slot: number; table: number }>();
  useEffect(() => {
    if (meeting) form.setFieldsValue({ slot: meeting.slot, table: meeting.table });
  }, [meeting, form]);
  const save = async () => {
    const v = await form.validateFields();
    try {
      await call(
        api.PATCH('/api/v1/events/{id}/meetings/{meetingId}', {
          params: { path: { id: event.id, meetingId: meeting!.id } },
          body: { ...v, pinned: true },
        }),
      );
      message.success(t('events.meeting.moved'));
      onDone();
    } catch (err) {
      message.error(err instanceof Error ? err.message : String(err));
    }
  };
  const [saveOnce, saving] = useBusy(save);
  const remove = async () => {
    try {
      await call(
        api.DELETE('/api/v1/events/{id}/meetings/{meetingId}', {
          params: { path: { id: event.id, meetingId: meeting!.id } },
        }),
      );
      onDone();
    } catch (err) {
      message.error(err instanceof Error ? err.message : String(err));
    }
  };
  return (
    <Modal
      open={!!meeting}
      title={t('events.meeting.move')}
      onOk={saveOnce}
      confirmLoading={saving}
      onCancel={onClose}
      destroyOnHidden
      footer={(_, { OkBtn, CancelBtn }) => (
        <Space>
          <Popconfirm title={t('events.meeting.remove')} onConfirm={remove}>
            <Button danger>{t('events.meeting.remove')}</Button>
          </Popconfirm>
          <CancelBtn />
          <OkBtn />
        </Space>
      )}
    >
      {meeting && (
        <Typography.Paragraph>
          {meeting.enterpriseName} × {meeting.providerName}
        </Typography.Paragraph>
      )}
      <Form form={form} layout="vertical">
        <Form.Item name="slot" label={t('events.schedule.slot')}>
          <Select options={slots.map((s) => ({ value: s.index, label: s.label }))} />
        </Form.Item>
        <Form.Item name="table" label={t('events.tables')}>
          <Select
            options={event.tableNames.map((name, i) => ({ value: i, label: t('events.schedule.table', { name }) }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function OutcomeModal({
  event,
  meeting,
  onClose,
  onDone,
}: {
  event: EventView;
  meeting: Meeting | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{
    outcome: Outcome;
    note?: string;
    agreement?: { type: (typeof COOPERATION_MODES)[number]; contractValue?: number };
  }>();
  const outcome = Form.useWatch('outcome', form);
  const save = async () => {
    const v = await form.validateFields();
    try {
      await call(
        api.POST('/api/v1/events/{id}/meetings/{meetingId}/outcome', {
          params: { path: { id: event.id, meetingId: meeting!.id } },
          body: v,
        }),
      );
      message.success(t('events.meeting.outcomeSaved'));
      onDone();
    } catch (err) {
      message.error(err instanceof Error ? err.message : String(err));
    }
  };
  const [saveOnce, saving] = useBusy(save);
  return (
    <Modal
      open={!!meeting}
      title={t('events.meeting.outcome')}
      onOk={saveOnce}
      confirmLoading={saving}
      onCancel={onClose}
      destroyOnHidden
    >
      {meeting && (
        <Typography.Paragraph>
          {meeting.enterpriseName} × {meeting.providerName}
        </Typography.Paragraph>
      )}
      <Form
        form={form}
        layout="vertical"
        initialValues={{ outcome: meeting?.outcome ?? 'follow_up', agreement: { type: 'joint_rnd' } }}
      >
        <Form.Item name="outcome" rules={[{ required: true }]}>
          <Select
            options={OUTCOMES.map((o) => ({ value: o, label: t(`events.outcome.${o}` as MessageKey) }))}
            data-testid="outcome-select"
          />
        </Form.Item>
        {outcome === 'signed' && (
          <>
            <Form.Item
              name={['agreement', 'type']}
              label={t('events.meeting.agreementType')}
              rules={[{ required: true }]}
            >
              <Select
                options={COOPERATION_MODES.map((m) => ({ value: m, label: modeLabel(t, m) }))}
                data-testid="agreement-type"
              />
            </Form.Item>
            <Form.Item name={['agreement', 'contractValue']} label={t('events.meeting.contractValue')}>
              <InputNumber min={0} style={{ width: 220 }} />
            </Form.Item>
            <Typography.Paragraph type="secondary">{t('events.meeting.agreementHint')}</Typography.Paragraph>
          </>
        )}
        <Form.Item name="note" label={t('events.meeting.note')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function ParticipantsTab({
  event,
  participants,
  onChange,
}: {
  event: EventView;
  participants: Participant[];
  onChange: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [editing, setEditing] = useState<Participant | null>(null);
  const coordinator = event.viewerRoles.includes('coordinator');
  const names = useMemo(() => new Map(participants.map((p) => [p.id, p.displayName])), [participants]);

  const respond = async (p: Participant, decision: 'register' | 'decline') => {
    try {
      await call(
        api.POST('/api/v1/events/{id}/participants/{participantId}/respond', {
          params: { path: { id: event.id, participantId: p.id } },
          body: { decision },
        }),
      );
      onChange();
    } catch (err) {
      message.error(err instanceof Error ? err.message : String(err));
    }
  };

  return (
    <>
      <Table<Participant>
        rowKey="id"
        dataSource={participants}
        pagination={false}
        size="small"
        data-testid="participants"
        columns={[
          {
            title: t('events.participants.side'),
            dataIndex: 'side',
            width: 120,
            render: (side: string) =>
              t(side === 'enterprise' ? 'events.participants.enterprise' : 'events.participants.provider'),
          },
          { title: t('events.name'), dataIndex: 'displayName' },
          {
            title: t('events.participants.status'),
            dataIndex: 'status',
            width: 100,
            render: (s: string) => <Tag>{t(`events.status.${s}` as MessageKey)}</Tag>,
          },
          {
            title: t('events.participants.wishes'),
            render: (_, p) => p.wishes.map((w) => <Tag key={w}>{names.get(w) ?? '…'}</Tag>),
          },
          {
            title: t('events.participants.unavailable'),
            width: 150,
            render: (_, p) =>
              p.unavailableSlots.map((s) => (event.slots[s] ? `${event.slots[s].start}` : s)).join(', '),
          },
          {
            title: '',
            width: 220,
            render: (_, p) => {
              const own = event.myParticipantIds.includes(p.id);
              return (
                <Space wrap>
                  {(own || coordinator) && p.status !== 'registered' && (
                    <Button size="small" type="primary" onClick={() => respond(p, 'register')}>
                      {t('events.register')}
                    </Button>
                  )}
                  {own && p.status === 'invited' && (
                    <Button size="small" onClick={() => respond(p, 'decline')}>
                      {t('events.decline')}
                    </Button>
                  )}
                  {(own || coordinator) && p.status === 'registered' && (
                    <Button size="small" onClick={() => setEditing(p)}>
                      {t('events.participants.wishes')}
                    </Button>
                  )}
                </Space>
              );
            },
          },
        ]}
      />
      <WishesModal
        event={event}
        participant={editing}
        onClose={() => setEditing(null)}
        onDone={() => {
          setEditing(null);
          onChange();
        }}
      />
    </>
  );
}

function WishesModal({
  event,
  participant,
  onClose,
  onDone,
}: {
  event: EventView;
  participant: Participant | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [wishes, setWishes] = useState<string[]>([]);
  const [unavailable, setUnavailable] = useState<number[]>([]);
  const candidates = useLoad(
    async () =>
      participant
        ? call(
            api.GET('/api/v1/events/{id}/participants/{participantId}/candidates', {
              params: { path: { id: event.id, participantId: participant.id } },
            }),
          )
        : [],
    [participant?.id],
  );
  useEffect(() => {
    setWishes(participant?.wishes ?? []);
    setUnavailable(participant?.unavailableSlots ?? []);
  }, [participant]);
  const save = async () => {
    try {
      await call(
        api.PUT('/api/v1/events/{id}/participants/{participantId}/preferences', {
          params: { path: { id: event.id, participantId: participant!.id } },
          body: { wishes, unavailableSlots: unavailable },
        }),
      );
      message.success(t('events.wishes.saved'));
      onDone();
    } catch (err) {
      message.error(err instanceof Error ? err.message : String(err));
    }
  };
  const [saveOnce, saving] = useBusy(save);
  return (
    <Modal
      open={!!participant}
      title={t('events.wishes.title', { name: participant?.displayName ?? '' })}
      onOk={saveOnce}
      confirmLoading={saving}
      onCancel={onClose}
      width={640}
      destroyOnHidden
    >
      <Table<Candidate>
        rowKey="participantId"
        size="small"
        pagination={false}
        loading={candidates.loading}
        dataSource={candidates.data ?? []}
        rowSelection={{ selectedRowKeys: wishes, onChange: (keys) => setWishes(keys as string[]) }}
        columns={[
          { title: t('events.name'), dataIndex: 'displayName' },
          { title: t('events.wishes.score'), dataIndex: 'score', width: 100, render: (s: number) => s.toFixed(2) },
        ]}
      />
      <Typography.Title level={5}>{t('events.participants.unavailable')}</Typography.Title>
      <Checkbox.Group
        value={unavailable}
        onChange={(v) => setUnavailable(v)}
        options={event.slots.map((s, i) => ({ value: i, label: `${s.start}–${s.end}` }))}
      />
    </Modal>
  );
}

function InviteTab({ event, onChange }: { event: EventView; onChange: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [needIds, setNeedIds] = useState<string[]>([]);
  const [providerIds, setProviderIds] = useState<string[]>([]);
  const suggestions = useLoad(
    () => call(api.GET('/api/v1/events/{id}/suggestions', { params: { path: { id: event.id }, query: {} } })),
    [event.id],
  );
  const invite = async () => {
    try {
      const result = await call(
        api.POST('/api/v1/events/{id}/invitations', {
          params: { path: { id: event.id } },
          body: { needIds, providerIds },
        }),
      );
      message.success(t('events.invite.sent', { n: result.invited }));
      setNeedIds([]);
      setProviderIds([]);
      suggestions.reload();
      onChange();
    } catch (err) {
      message.error(err instanceof Error ? err.message : String(err));
    }
  };
  const columns = [
    { title: t('events.name'), dataIndex: 'name' },
    { title: t('events.wishes.score'), dataIndex: 'score', width: 100, render: (s: number) => s.toFixed(2) },
    {
      title: '',
      dataIndex: 'invited',
      width: 90,
      render: (v: boolean) => (v ? <Tag>{t('events.invite.invited')}</Tag> : null),
    },
  ];
  type Suggestion = Schemas['SuggestionView'];
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {suggestions.error && <Alert type="error" showIcon title={suggestions.error.message} />}
      <Typography.Title level={5}>{t('events.invite.needs')}</Typography.Title>
      <Table<Suggestion>
        rowKey="id"
        size="small"
        pagination={false}
        loading={suggestions.loading}
        dataSource={suggestions.data?.needs ?? []}
        columns={columns}
        rowSelection={{
          selectedRowKeys: needIds,
          onChange: (k) => setNeedIds(k as string[]),
          getCheckboxProps: (r) => ({ disabled: r.invited }),
        }}
      />
      <Typography.Title level={5}>{t('events.invite.providers')}</Typography.Title>
      <Table<Suggestion>
        rowKey="id"
        size="small"
        pagination={false}
        loading={suggestions.loading}
        dataSource={suggestions.data?.providers ?? []}
        columns={columns}
        rowSelection={{
          selectedRowKeys: providerIds,
          onChange: (k) => setProviderIds(k as string[]),
          getCheckboxProps: (r) => ({ disabled: r.invited }),
        }}
      />
      <Button type="primary" disabled={!needIds.length && !providerIds.length} onClick={invite}>
        {t('events.invite.send')}
      </Button>
    </Space>
  );
}
