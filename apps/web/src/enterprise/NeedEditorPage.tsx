import { useState } from 'react';
import { Alert, App, Spin, Typography } from 'antd';
import { useNavigate, useParams } from 'react-router';
import { api, call } from '@web/api/client';
import type { NeedView } from '@web/api/types';
import type { components } from '@web/api/schema';
import { useLoad } from '@web/components/useLoad';
import { returnReasonOf } from './MyNeedsPage';
import { useI18n } from '@web/i18n/i18n';
import { useSession } from '@web/session/session';
import { NeedForm, needBody, NeedFormValues, needFormValues } from './NeedForm';

type Schemas = components['schemas'];

/** Posts a new need, or edits one (a draft in place; a published one as a revision that goes back to review). */
export default function NeedEditorPage() {
  const { id } = useParams();
  const { t } = useI18n();
  const { current } = useSession();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [saving, setSaving] = useState(false);
  const existing = useLoad(
    () => (id ? call(api.GET('/api/v1/needs/{id}', { params: { path: { id } } })) : Promise.resolve(null)),
    [id],
  );

  const save = async (values: NeedFormValues, submit: boolean) => {
    setSaving(true);
    try {
      let need: NeedView;
      if (id) {
        need = await call(api.PATCH('/api/v1/needs/{id}', { params: { path: { id } }, body: needBody(values, false) }));
      } else {
        const organizationId = current?.organizationType === 'enterprise' ? current.organizationId : undefined;
        need = await call(
          api.POST('/api/v1/needs', {
            body: { ...needBody(values, true), organizationId } as Schemas['CreateNeedRequest'],
          }),
        );
      }
      if (submit && need.allowedActions.includes('submit')) {
        need = await call(api.POST('/api/v1/needs/{id}/submit', { params: { path: { id: need.id } } }));
      }
      message.success(submit ? t('needForm.submitted') : t('common.saved'));
      void navigate(`/enterprise/needs/${need.id}`);
    } finally {
      setSaving(false);
    }
  };

  if (id && existing.loading) return <Spin />;
  if (existing.error) return <Alert type="error" showIcon title={existing.error.message} />;
  return (
    <>
      <Typography.Title level={2} style={{ marginTop: 0 }}>
        {id ? t('needForm.editTitle') : t('needForm.newTitle')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('needForm.intro')}</Typography.Paragraph>
      {existing.data && returnReasonOf(existing.data) && (
        <Alert
          type="warning"
          showIcon
          title={t('need.returnedBy')}
          description={returnReasonOf(existing.data)}
          data-testid="edit-return-reason"
          style={{ marginBottom: 16 }}
        />
      )}
      <NeedForm initial={existing.data ? needFormValues(existing.data) : undefined} onSave={save} saving={saving} />
    </>
  );
}
