import { Alert, Descriptions, Space, Spin, Tag, Typography } from 'antd';
import { api, call } from '@web/api/client';
import type { ExpertProfileContent } from '@web/api/types';
import { useLoad } from '@web/components/useLoad';
import { useI18n } from '@web/i18n/i18n';

/** An expert's own profile under review: what approval would publish, and (for an edit) what the public sees now. */
export function ProfileReviewBody({ id, previousReturn }: { id: string; previousReturn: string | null }) {
  const { t } = useI18n();
  const review = useLoad(
    () => call(api.GET('/api/v1/review/expert-profiles/{id}', { params: { path: { id } } })),
    [id],
  );
  if (review.loading) return <Spin />;
  if (review.error) return <Alert type="error" showIcon title={review.error.message} />;
  const r = review.data;
  if (!r) return null;
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="profile-review">
      <Alert type="info" showIcon title={t(r.published ? 'review.profileRevisionHint' : 'review.profileNew')} />
      {previousReturn && <Alert type="warning" showIcon title={`${t('review.previousReason')}${previousReturn}`} />}
      <ProfileContent content={r.proposed} />
      {r.published && (
        <>
          <Typography.Title level={5}>{t('review.profilePublished')}</Typography.Title>
          <ProfileContent content={r.published} />
        </>
      )}
    </Space>
  );
}

function ProfileContent({ content: c }: { content: ExpertProfileContent }) {
  const { t } = useI18n();
  return (
    <>
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{c.bio || '—'}</Typography.Paragraph>
      <Descriptions
        size="small"
        column={1}
        bordered
        items={[
          { key: 'name', label: t('expert.name'), children: c.name },
          { key: 'title', label: t('expert.title'), children: c.title ?? '—' },
          { key: 'affiliation', label: t('expert.affiliation'), children: c.affiliation ?? '—' },
          { key: 'region', label: t('form.region'), children: c.region?.fullName ?? '—' },
          { key: 'fields', label: t('expert.disciplines'), children: c.fields.map((f) => <Tag key={f}>{f}</Tag>) },
          { key: 'keywords', label: t('expert.interests'), children: c.keywords.map((k) => <Tag key={k}>{k}</Tag>) },
          {
            key: 'contact',
            label: t('expert.contactEmail'),
            children: [c.contactEmail, c.contactPhone].filter(Boolean).join(' · ') || '—',
          },
          {
            key: 'works',
            label: t('expert.publications'),
            children: c.publications.length
              ? c.publications.map((w, i) => (
                  <div key={i}>
                    <Tag>{t(`work.${w.kind}`)}</Tag>
                    {w.title}
                    {w.year ? ` (${w.year})` : ''}
                  </div>
                ))
              : '—',
          },
        ]}
      />
    </>
  );
}
