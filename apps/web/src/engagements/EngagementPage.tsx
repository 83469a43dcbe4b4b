import { useState } from 'react';
import { LockOutlined, PaperClipOutlined, PhoneOutlined, MailOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Descriptions, Row, Space, Spin, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { Link, useParams } from 'react-router';
import { api, call } from '@web/api/client';
import type { ContactPerson, EngagementView, Side } from '@web/api/types';
import { modeLabel, providerKindLabel } from '@web/components/labels';
import { useLoad } from '@web/components/useLoad';
import { useI18n } from '@web/i18n/i18n';
import { CoordinatorDecision } from './CoordinatorDecision';
import { declineLabel, originLabel, responseLabel, STAGE_COLORS, stageLabel } from './labels';
import { RespondPanel } from './RespondPanel';
import { TimelinePanel } from './TimelinePanel';
import { TransitionPanel } from './TransitionPanel';

/** One introduction / engagement as the viewer may see it: both sides, answers, contacts once both accepted, timeline. */
export default function EngagementPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const [version, setVersion] = useState(0);
  const loaded = useLoad(() => call(api.GET('/api/v1/engagements/{id}', { params: { path: { id } } })), [id]);
  if (loaded.loading && !loaded.data) return <Spin />;
  if (loaded.error || !loaded.data) return <Alert type="error" showIcon title={loaded.error?.message} />;
  const e = loaded.data;
  const update = (next: EngagementView) => {
    loaded.setData(next);
    setVersion((v) => v + 1);
  };
  const mySides = e.viewerRoles.filter((r): r is Side => r !== 'coordinator');
  const awaiting = e.status === 'introduced' ? mySides.filter((s) => e.responses[s].status === 'pending') : [];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap align="center">
        <Typography.Title level={2} style={{ margin: 0 }}>
          {e.need.title}
        </Typography.Title>
        <Tag color={STAGE_COLORS[e.status]} data-testid="engagement-stage">
          {stageLabel(t, e.status)}
        </Tag>
        <Tag>{originLabel(t, e.origin)}</Tag>
        {e.matchScore !== null && <Tag color="green">{t('engagement.score', { score: Math.round(e.matchScore) })}</Tag>}
      </Space>
      {e.introductionNote && (
        <Alert type="info" showIcon title={t('engagement.coordinatorNote')} description={e.introductionNote} />
      )}
      {e.requestMessage && <Alert type="info" title={t('engagement.requestMessage')} description={e.requestMessage} />}
      {awaiting.map((side) => (
        <RespondPanel key={side} engagement={e} side={side} onChange={update} />
      ))}
      {e.viewerRoles.includes('coordinator') &&
        e.status === 'introduced' &&
        (['enterprise', 'provider'] as const)
          .filter((side) => e.responses[side].status === 'pending' && !mySides.includes(side))
          .map((side) => <RespondPanel key={`behalf-${side}`} engagement={e} side={side} onBehalf onChange={update} />)}
      {e.viewerRoles.includes('coordinator') && e.status === 'closed' && (
        <Link to={`/coordinator/needs/${e.need.id}?next=1`}>
          <Button type="primary" data-testid="next-candidates">
            {t('broker.nextCandidates')}
          </Button>
        </Link>
      )}
      {e.viewerRoles.includes('coordinator') && e.status === 'requested' && (
        <CoordinatorDecision engagement={e} onChange={update} />
      )}
      {e.decline && (
        <Alert
          type="warning"
          showIcon
          title={t('engagement.declinedBy', { side: t(`side.${e.decline.side}`) })}
          description={
            [declineLabel(t, e.decline.reasonCode), e.decline.reasonText].filter(Boolean).join(' — ') || undefined
          }
        />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} md={12}>
          <Card size="small" title={t('side.enterprise')}>
            <Typography.Text strong>{e.enterprise.name}</Typography.Text>
            <div>
              {t('engagement.answer')}: <Tag>{responseLabel(t, e.responses.enterprise.status)}</Tag>
            </div>
            {e.brokerContacts && (
              <div data-testid="broker-contact-enterprise">
                <ContactLine contact={e.brokerContacts.enterprise} />
              </div>
            )}
          </Card>
        </Col>
        <Col xs={24} md={12}>
          <Card size="small" title={t('side.provider')}>
            <Space wrap>
              <Typography.Text strong>{e.provider.name}</Typography.Text>
              <Tag color="blue">{providerKindLabel(t, e.provider.kind)}</Tag>
            </Space>
            <div className="muted">{[e.provider.title, e.provider.affiliation].filter(Boolean).join(' · ')}</div>
            <div>
              {t('engagement.answer')}: <Tag>{responseLabel(t, e.responses.provider.status)}</Tag>
            </div>
            {e.brokerContacts && (
              <div data-testid="broker-contact-provider">
                <ContactLine contact={e.brokerContacts.provider} />
              </div>
            )}
            <ProviderProfile provider={e.provider} />
          </Card>
        </Col>
      </Row>
      {e.contacts ? (
        <Card size="small" title={t('engagement.contacts')} data-testid="contacts" style={{ borderColor: '#52c41a' }}>
          <Descriptions
            size="small"
            column={1}
            items={[
              {
                key: 'enterprise',
                label: e.enterprise.name,
                children: <ContactLine contact={e.contacts.enterprise} />,
              },
              { key: 'provider', label: e.provider.name, children: <ContactLine contact={e.contacts.provider} /> },
            ]}
          />
        </Card>
      ) : (
        e.status !== 'closed' && <Alert type="info" title={t('engagement.contactsHidden')} />
      )}
      {e.meeting && (
        <Alert
          type="info"
          title={t('engagement.meetingOn', {
            at: dayjs(e.meeting.at).format('YYYY-MM-DD HH:mm'),
            where: e.meeting.location ?? t(`engagement.${e.meeting.mode === 'online' ? 'online' : 'inPerson'}`),
          })}
        />
      )}
      <TransitionPanel engagement={e} onChange={update} />
      <Card size="small" title={t('engagement.need')}>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{e.need.description}</Typography.Paragraph>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 3 }}
          data-testid="need-terms"
          items={[
            {
              key: 'modes',
              label: t('form.modes'),
              children: e.need.cooperationModes.length
                ? e.need.cooperationModes.map((m) => (
                    <Tag key={m} color="geekblue">
                      {modeLabel(t, m)}
                    </Tag>
                  ))
                : '—',
            },
            {
              key: 'budget',
              label: t('form.budget'),
              children:
                e.need.budgetMin !== null || e.need.budgetMax !== null
                  ? `${e.need.budgetMin ?? '—'} – ${e.need.budgetMax ?? '—'} ${t('form.yuan')}`
                  : '—',
            },
            { key: 'deadline', label: t('form.deadline'), children: e.need.deadline ?? '—' },
          ]}
        />
        {e.need.confidentialDetails !== undefined && (
          <section className="confidential" aria-label={t('form.confidential')}>
            <Typography.Text strong>
              <LockOutlined /> {t('form.confidential')}
            </Typography.Text>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: '4px 0 0' }}>
              {e.need.confidentialDetails || '—'}
            </Typography.Paragraph>
            {!!e.need.confidentialAttachments?.length && (
              <div data-testid="confidential-attachments">
                <Typography.Text strong>
                  <PaperClipOutlined /> {t('engagement.attachments')}
                </Typography.Text>
                <ul style={{ margin: '4px 0 0' }}>
                  {e.need.confidentialAttachments.map((a) => (
                    <li key={a.url}>
                      <a href={a.url} target="_blank" rel="noreferrer">
                        {a.name}
                      </a>
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </section>
        )}
      </Card>
      <TimelinePanel engagement={e} version={version} />
    </Space>
  );
}

/** A side's named contact person: name and role, phone and e-mail as links. */
function ContactLine({ contact }: { contact: ContactPerson }) {
  return (
    <Space wrap>
      {contact.name && (
        <span>
          <UserOutlined /> {contact.name}
          {contact.role ? ` · ${contact.role}` : ''}
        </span>
      )}
      {contact.phone && (
        <a href={`tel:${contact.phone}`}>
          <PhoneOutlined /> {contact.phone}
        </a>
      )}
      {contact.email && (
        <a href={`mailto:${contact.email}`}>
          <MailOutlined /> {contact.email}
        </a>
      )}
    </Space>
  );
}

/** The provider's public record, for the enterprise to decide on: what it does, its capabilities and achievements. */
function ProviderProfile({ provider }: { provider: EngagementView['provider'] }) {
  const { t } = useI18n();
  return (
    <div data-testid="provider-profile" style={{ marginTop: 8 }}>
      {provider.bio && (
        <Typography.Paragraph style={{ margin: '4px 0' }} ellipsis={{ rows: 3, expandable: true }}>
          {provider.bio}
        </Typography.Paragraph>
      )}
      {provider.keywords.length > 0 && (
        <Space size={[4, 4]} wrap>
          {provider.keywords.map((k) => (
            <Tag key={k}>{k}</Tag>
          ))}
        </Space>
      )}
      {provider.capabilities.length > 0 && (
        <div style={{ marginTop: 6 }}>
          <Typography.Text strong>{t('broker.capabilities')}</Typography.Text>
          <ul style={{ margin: 0, paddingLeft: 18 }}>
            {provider.capabilities.map((c) => (
              <li key={c.id}>{c.title}</li>
            ))}
          </ul>
        </div>
      )}
      {provider.achievements.length > 0 && (
        <div style={{ marginTop: 6 }}>
          <Typography.Text strong>{t('broker.achievements')}</Typography.Text>
          <ul style={{ margin: 0, paddingLeft: 18 }}>
            {provider.achievements.map((a) => (
              <li key={`${a.title}${a.year}`}>
                {a.title}
                {a.year ? `（${a.year}）` : ''}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
