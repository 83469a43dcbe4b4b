import { useState } from 'react';
import { Alert, App, Button, Descriptions, Drawer, Form, Grid, Input, Space, Spin, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { api, call } from '@web/api/client';
import { ApiError, showFieldErrors } from '@web/api/errors';
import type { CapabilityView, NeedView, ReviewQueueItem } from '@web/api/types';
import { ProfileReviewBody } from './ProfileReviewBody';
import { modeLabel } from '@web/components/labels';
import { NeedSummary } from '@web/components/NeedSummary';
import { useLoad } from '@web/components/useLoad';
import { useI18n } from '@web/i18n/i18n';
import { ReturnDiff } from './ReturnDiff';

/**
 * A submitted listing, or an expert's own profile, in full, approved or returned to its owner with a reason (the API
 * says what a reason needs).
 */
export function ReviewDrawer({
  item,
  onClose,
  onDone,
}: {
  item: ReviewQueueItem | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const wide = Grid.useBreakpoint().md ?? true;
  const [form] = Form.useForm<{ reason: string }>();
  const [returning, setReturning] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const id = item?.id ?? '';
  const listing = useLoad<{ need: NeedView } | { capability: CapabilityView } | null>(async () => {
    setReturning(false);
    setFailure(null);
    form.resetFields();
    if (!item || item.type === 'provider') return null;
    return item.type === 'need'
      ? { need: await call(api.GET('/api/v1/needs/{id}', { params: { path: { id } } })) }
      : { capability: await call(api.GET('/api/v1/capabilities/{id}', { params: { path: { id } } })) };
  }, [item]);

  const decide = async (decision: 'approve' | 'return') => {
    setBusy(true);
    setFailure(null);
    const path = { params: { path: { id } } };
    const body = { reason: String(form.getFieldValue('reason') ?? '') };
    try {
      if (item?.type === 'provider') {
        await call(
          decision === 'approve'
            ? api.POST('/api/v1/review/expert-profiles/{id}/approve', path)
            : api.POST('/api/v1/review/expert-profiles/{id}/return', { ...path, body }),
        );
      } else if (item?.type === 'need') {
        await call(
          decision === 'approve'
            ? api.POST('/api/v1/needs/{id}/approve', path)
            : api.POST('/api/v1/needs/{id}/return', { ...path, body }),
        );
      } else {
        await call(
          decision === 'approve'
            ? api.POST('/api/v1/capabilities/{id}/approve', path)
            : api.POST('/api/v1/capabilities/{id}/return', { ...path, body }),
        );
      }
      message.success(t(decision === 'approve' ? 'review.approved' : 'review.returned'));
      onDone();
    } catch (err) {
      const rest = showFieldErrors(form, err, ['reason']);
      if (!(err instanceof ApiError) || !err.fieldErrors.length || rest.length)
        setFailure(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  // What was loaded, shown only while it belongs to the open item (the drawer keeps rendering as it closes).
  const loaded = listing.data;
  const view = loaded && ('need' in loaded ? loaded.need : loaded.capability);
  const data = view && view.id === item?.id ? loaded : null;
  const pending = view?.pendingRevision ?? null;
  // The revision's own status (submitted, returned) is not the listing's: the summaries show the listing's.
  const pendingFields = pending ? (({ status: _status, ...fields }) => fields)(pending) : {};
  return (
    <Drawer open={!!item} onClose={onClose} size={wide ? 720 : '100%'} title={item?.title} destroyOnHidden>
      {listing.loading && <Spin />}
      {listing.error && <Alert type="error" showIcon title={listing.error.message} />}
      {(data || item?.type === 'provider') && (
        <Space orientation="vertical" style={{ width: '100%' }}>
          {pending && <Alert type="info" showIcon title={t('review.revisionHint')} />}
          {item?.previousReturn && item.type !== 'provider' && (
            <ReturnDiff
              previous={item.previousReturn}
              current={{ ...(view as unknown as Record<string, unknown>), ...(pending ?? {}) }}
            />
          )}
          {item?.type === 'provider' ? (
            <ProfileReviewBody id={id} previousReturn={item.previousReturn?.reason ?? null} />
          ) : data && 'need' in data ? (
            <NeedSummary need={{ ...data.need, ...pendingFields }} />
          ) : (
            data && <CapabilitySummary capability={{ ...data.capability, ...pendingFields }} />
          )}
          {item?.type === 'need' && (
            <Link to={`/coordinator/needs/${id}`} state={{ title: item.title }}>
              {t('review.seeMatches')}
            </Link>
          )}
          {failure && <Alert type="error" showIcon title={failure} role="alert" />}
          <Form form={form} layout="vertical" style={{ display: returning ? 'block' : 'none' }}>
            <Form.Item name="reason" label={t('review.reason')} extra={t('review.reasonHint')}>
              <Input.TextArea rows={3} />
            </Form.Item>
          </Form>
          <Space wrap>
            {!returning && (
              <Button type="primary" loading={busy} onClick={() => decide('approve')}>
                {t('review.approve')}
              </Button>
            )}
            {!returning && (
              <Button danger onClick={() => setReturning(true)}>
                {t('review.returnToOwner')}
              </Button>
            )}
            {returning && (
              <Button danger type="primary" loading={busy} onClick={() => decide('return')}>
                {t('review.confirmReturn')}
              </Button>
            )}
            {returning && <Button onClick={() => setReturning(false)}>{t('common.cancel')}</Button>}
          </Space>
        </Space>
      )}
    </Drawer>
  );
}

function CapabilitySummary({ capability: c }: { capability: CapabilityView }) {
  const { t } = useI18n();
  return (
    <>
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{c.description}</Typography.Paragraph>
      <Descriptions
        size="small"
        column={1}
        bordered
        items={[
          { key: 'provider', label: t('capability.provider'), children: c.providerName ?? '—' },
          { key: 'keywords', label: t('form.keywords'), children: c.keywords.map((k) => <Tag key={k}>{k}</Tag>) },
          {
            key: 'modes',
            label: t('form.modes'),
            children: c.serviceModes.map((m) => <Tag key={m}>{modeLabel(t, m)}</Tag>),
          },
          { key: 'availability', label: t('capability.availability'), children: c.availability ?? '—' },
        ]}
      />
    </>
  );
}
