import { Form, Input, Modal, Typography } from 'antd';
import type { FormInstance, FormRule } from 'antd';
import type { ContactPerson } from '@web/api/types';
import { useI18n } from '@web/i18n/i18n';

/**
 * Asked on accepting: the contact person the other side will see once both accept. Starts from the profile's or the
 * account's details; a phone or an e-mail is required (the API checks it too and its field errors land here).
 */
export function ContactDialog({
  name,
  open,
  form,
  initial,
  busy,
  onSubmit,
  onCancel,
}: {
  name: string;
  open: boolean;
  form: FormInstance<{ contact?: Partial<ContactPerson> }>;
  initial: ContactPerson | undefined;
  busy: boolean;
  onSubmit: (contact: Partial<ContactPerson>) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const eitherReach: FormRule = ({ getFieldValue }) => ({
    validator: () =>
      String(getFieldValue(['contact', 'phone']) ?? '').trim() ||
      String(getFieldValue(['contact', 'email']) ?? '').trim()
        ? Promise.resolve()
        : Promise.reject(new Error(t('contact.required'))),
  });
  const submit = async () => {
    const values = await form.validateFields().catch(() => null); // the form shows what is missing
    if (!values) return;
    const contact = Object.fromEntries(
      Object.entries(values.contact ?? {}).filter(([, v]) => typeof v === 'string' && v.trim() !== ''),
    ) as Partial<ContactPerson>;
    onSubmit(contact);
  };
  return (
    <Modal
      open={open}
      title={t('contact.title')}
      okText={t('contact.confirmAccept')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onOk={submit}
      onCancel={onCancel}
      destroyOnHidden
      forceRender
    >
      <Typography.Paragraph type="secondary">{t('contact.intro')}</Typography.Paragraph>
      <Form
        form={form}
        name={name}
        layout="vertical"
        initialValues={{ contact: initial ?? {} }}
        data-testid="contact-form"
      >
        <Form.Item name={['contact', 'name']} label={t('contact.name')}>
          <Input autoComplete="name" />
        </Form.Item>
        <Form.Item name={['contact', 'role']} label={t('contact.role')}>
          <Input />
        </Form.Item>
        <Form.Item
          name={['contact', 'phone']}
          label={t('contact.phone')}
          dependencies={[['contact', 'email']]}
          rules={[eitherReach]}
        >
          <Input autoComplete="tel" />
        </Form.Item>
        <Form.Item
          name={['contact', 'email']}
          label={t('contact.email')}
          dependencies={[['contact', 'phone']]}
          rules={[eitherReach, { type: 'email' }]}
        >
          <Input autoComplete="email" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
