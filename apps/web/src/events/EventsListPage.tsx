import { useState } from 'react';
import { Alert, App, Button, DatePicker, Form, Input, InputNumber, Modal, Space, Table, Tag, Typography } from 'antd';
import dayjs, { Dayjs } from 'dayjs';
import { Link, useNavigate } from 'react-router';
import { api, call } from '@web/api/client';
import type { components } from '@web/api/schema';
import { useLoad } from '@web/components/useLoad';
import { MessageKey, useI18n } from '@web/i18n/i18n';
import { useSession } from '@web/session/session';

type EventView = components['schemas']['EventView'];

const SCHEDULE_STATE: Record<EventView['scheduleStatus'], MessageKey> = {
  none: 'events.schedule.none',
  running: 'events.schedule.running',
  ready: 'events.tab.schedule',
  failed: 'events.schedule.failed',
};

interface CreateForm {
  title: string;
  date: Dayjs;
  venue?: string;
  onlineUrl?: string;
  region: string;
  slots: string;
  tables: number;
  capacity: number;
  keywords?: string;
  maxMeetingsPerParticipant: number;
}

/** The events the caller runs or is invited to; coordinators create new ones here. */
export default function EventsListPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { areas } = useSession();
  const [creating, setCreating] = useState(false);
  const [form] = Form.useForm<CreateForm>();
  const list = useLoad(() => call(api.GET('/api/v1/events', {})), []);

  const create = async () => {
    const v = await form.validateFields();
    try {
      const slots = v.slots
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)
        .map((l) => {
          const [start, end] = l.split(/\s*[-–~]\s*/);
          return { start: start ?? '', end: end ?? '' };
        });
      const created = await call(
        api.POST('/api/v1/events', {
          body: {
            title: v.title,
            date: v.date.format('YYYY-MM-DD'),
            venue: v.venue || undefined,
            onlineUrl: v.onlineUrl || undefined,
            region: v.region,
            slots,
            tables: v.tables,
            capacity: v.capacity,
            keywords: (v.keywords ?? '').split(/[,，\s]+/).filter(Boolean),
            maxMeetingsPerParticipant: v.maxMeetingsPerParticipant,
          },
        }),
      );
      message.success(t('events.created'));
      setCreating(false);
      void navigate(`/events/${created.id}`);
    } catch (err) {
      message.error(err instanceof Error ? err.message : String(err));
    }
  };

  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="large">
      <Space style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t('events.title')}
        </Typography.Title>
        {areas.includes('coordinator') && (
          <Button type="primary" onClick={() => setCreating(true)}>
            {t('events.create')}
          </Button>
        )}
      </Space>
      {list.error && <Alert type="error" showIcon title={list.error.message} />}
      <Table<EventView>
        rowKey="id"
        loading={list.loading}
        dataSource={list.data ?? []}
        pagination={false}
        locale={{ emptyText: t('events.empty') }}
        data-testid="events-list"
        columns={[
          {
            title: t('events.name'),
            dataIndex: 'title',
            render: (title: string, e) => <Link to={`/events/${e.id}`}>{title}</Link>,
          },
          { title: t('events.date'), dataIndex: 'date', width: 130 },
          { title: t('events.venue'), render: (_, e) => e.venue ?? e.onlineUrl },
          {
            title: t('events.capacity'),
            width: 160,
            render: (_, e) => t('events.registered', { n: e.registeredCount, capacity: e.capacity }),
          },
          { title: '', width: 140, render: (_, e) => <Tag>{t(SCHEDULE_STATE[e.scheduleStatus])}</Tag> },
        ]}
      />
      <Modal
        open={creating}
        title={t('events.create')}
        onOk={create}
        onCancel={() => setCreating(false)}
        width={640}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          initialValues={{
            date: dayjs().add(7, 'day'),
            tables: 10,
            capacity: 60,
            maxMeetingsPerParticipant: 4,
            slots: '09:00-09:20\n09:30-09:50\n10:00-10:20\n10:30-10:50',
          }}
        >
          <Form.Item name="title" label={t('events.name')} rules={[{ required: true }]}>
            <Input />
          </Form.Item>
          <Form.Item name="date" label={t('events.date')} rules={[{ required: true }]}>
            <DatePicker />
          </Form.Item>
          <Form.Item name="venue" label={t('events.venue')}>
            <Input />
          </Form.Item>
          <Form.Item name="onlineUrl" label={t('events.onlineUrl')}>
            <Input />
          </Form.Item>
          <Form.Item name="region" label={t('events.region')} rules={[{ required: true }]}>
            <Input />
          </Form.Item>
          <Form.Item name="slots" label={t('events.slots')} extra={t('events.slotsHint')} rules={[{ required: true }]}>
            <Input.TextArea rows={4} />
          </Form.Item>
          <Space>
            <Form.Item name="tables" label={t('events.tables')}>
              <InputNumber min={1} max={300} />
            </Form.Item>
            <Form.Item name="capacity" label={t('events.capacity')}>
              <InputNumber min={2} max={2000} />
            </Form.Item>
            <Form.Item name="maxMeetingsPerParticipant" label={t('events.maxMeetings')}>
              <InputNumber min={1} max={24} />
            </Form.Item>
          </Space>
          <Form.Item name="keywords" label={t('events.keywords')}>
            <Input />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
