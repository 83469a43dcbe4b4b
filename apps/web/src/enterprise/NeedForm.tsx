import { useState } from 'react';
import { LockOutlined, MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Checkbox, DatePicker, Form, Input, InputNumber, Select, Space, Steps } from 'antd';
import dayjs, { Dayjs } from 'dayjs';
import { ApiError, ApiFieldError, showFieldErrors } from '@web/api/errors';
import type { NeedView } from '@web/api/types';
import { FieldPicker } from '@web/components/FieldPicker';
import { COOPERATION_MODES, modeLabel } from '@web/components/labels';
import { RegionPicker } from '@web/components/RegionPicker';
import { useI18n } from '@web/i18n/i18n';

export interface NeedFormValues {
  title?: string;
  description?: string;
  fields?: string[];
  keywords?: string[];
  region?: string | null;
  cooperationModes?: string[];
  budgetMin?: number | null;
  budgetMax?: number | null;
  deadline?: Dayjs | null;
  confidentialDetails?: string;
  confidentialAttachments?: { name: string; url: string }[];
}

/** The request body the API expects: the deadline as a date, untouched optional values left out. */
export function needBody(values: NeedFormValues, creating: boolean) {
  const { deadline, ...rest } = values;
  const body: Record<string, unknown> = { ...rest, deadline: deadline ? deadline.format('YYYY-MM-DD') : null };
  // A new need leaves out what was not filled in (its region then defaults to the enterprise's); an edit sends null to clear.
  for (const key of Object.keys(body))
    if (body[key] === undefined || body[key] === '' || (creating && body[key] === null)) delete body[key];
  return body;
}

export function needFormValues(need: NeedView): NeedFormValues {
  const content = need.pendingRevision ? { ...need, ...need.pendingRevision } : need;
  return {
    title: content.title,
    description: content.description,
    fields: (content.fieldCodes ?? content.fields)?.map((c, i) => c ?? content.fields?.[i] ?? '') ?? [],
    keywords: content.keywords,
    region: content.regionCode,
    cooperationModes: content.cooperationModes,
    budgetMin: content.budgetMin,
    budgetMax: content.budgetMax,
    deadline: content.deadline ? dayjs(content.deadline) : null,
    confidentialDetails: content.confidentialDetails ?? undefined,
    confidentialAttachments: content.confidentialAttachments ?? [],
  };
}

const STEP_FIELDS = [
  ['title', 'description', 'fields', 'keywords'],
  ['region', 'cooperationModes', 'budgetMin', 'budgetMax', 'deadline'],
  ['confidentialDetails', 'confidentialAttachments'],
];
const ALL_FIELDS = STEP_FIELDS.flat();

/**
 * The guided need form in three steps: what is needed, on what terms, and the confidential part. Every rule is the
 * API's: on save, its field errors appear beside the fields and the form opens the step of the first one.
 */
export function NeedForm({
  initial,
  onSave,
  saving,
}: {
  initial?: NeedFormValues;
  onSave: (values: NeedFormValues, submit: boolean) => Promise<void>;
  saving: boolean;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<NeedFormValues>();
  const [step, setStep] = useState(0);
  const [otherErrors, setOtherErrors] = useState<ApiFieldError[]>([]);
  const [failure, setFailure] = useState<string | null>(null);

  const save = async (submit: boolean) => {
    setOtherErrors([]);
    setFailure(null);
    try {
      await onSave(form.getFieldsValue(true) as NeedFormValues, submit);
    } catch (err) {
      const rest = showFieldErrors(form, err, ALL_FIELDS);
      setOtherErrors(rest);
      if (err instanceof ApiError) {
        const first = err.fieldErrors.map((e) => e.field.split(/[.[]/)[0]).find((f) => ALL_FIELDS.includes(f));
        if (first) setStep(STEP_FIELDS.findIndex((fields) => fields.includes(first)));
        if (!err.fieldErrors.length) setFailure(err.message);
      } else setFailure(String(err));
    }
  };

  const section = (index: number) => ({ display: step === index ? 'block' : 'none' });
  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={{ cooperationModes: [], confidentialAttachments: [], ...initial }}
      requiredMark={false}
      style={{ maxWidth: 860 }}
    >
      <Steps
        current={step}
        onChange={setStep}
        style={{ marginBottom: 24 }}
        items={[
          { title: t('needForm.step.content') },
          { title: t('needForm.step.terms') },
          { title: t('needForm.step.confidential') },
        ]}
      />
      {failure && <Alert type="error" showIcon title={failure} style={{ marginBottom: 16 }} role="alert" />}
      {otherErrors.length > 0 && (
        <Alert
          type="error"
          showIcon
          role="alert"
          style={{ marginBottom: 16 }}
          title={otherErrors.map((e) => e.message).join('；')}
        />
      )}

      <div style={section(0)}>
        <Form.Item name="title" label={t('needForm.titleLabel')} extra={t('needForm.titleHint')}>
          <Input />
        </Form.Item>
        <Form.Item name="description" label={t('form.description')} extra={t('needForm.descriptionHint')}>
          <Input.TextArea rows={6} showCount />
        </Form.Item>
        <Form.Item name="fields" label={t('form.fields')}>
          <FieldPicker aria-label={t('form.fields')} />
        </Form.Item>
        <Form.Item name="keywords" label={t('form.keywords')} extra={t('form.keywordsHint')}>
          <Select
            mode="tags"
            tokenSeparators={[',', '，', ';', '；']}
            open={false}
            suffixIcon={null}
            aria-label={t('form.keywords')}
          />
        </Form.Item>
      </div>

      <div style={section(1)}>
        <Form.Item name="region" label={t('form.region')} extra={t('needForm.regionHint')}>
          <RegionPicker aria-label={t('form.region')} />
        </Form.Item>
        <Form.Item name="cooperationModes" label={t('form.modes')}>
          <Checkbox.Group options={COOPERATION_MODES.map((m) => ({ value: m, label: modeLabel(t, m) }))} />
        </Form.Item>
        <Space wrap>
          <Form.Item name="budgetMin" label={t('form.budgetMin')}>
            <InputNumber min={0} style={{ width: 200 }} suffix={t('form.yuan')} />
          </Form.Item>
          <Form.Item name="budgetMax" label={t('form.budgetMax')}>
            <InputNumber min={0} style={{ width: 200 }} suffix={t('form.yuan')} />
          </Form.Item>
          <Form.Item name="deadline" label={t('form.deadline')}>
            <DatePicker />
          </Form.Item>
        </Space>
      </div>

      <div style={section(2)}>
        <section className="confidential" aria-labelledby="confidential-heading" style={{ marginBottom: 16 }}>
          <h3 id="confidential-heading" style={{ marginTop: 0 }}>
            <LockOutlined /> {t('form.confidential')}
          </h3>
          <p className="muted">{t('form.confidentialHint')}</p>
          <Form.Item name="confidentialDetails" label={t('form.confidentialDetails')}>
            <Input.TextArea rows={5} />
          </Form.Item>
          <Form.List name="confidentialAttachments">
            {(items, { add, remove }) => (
              <>
                {items.map((item) => (
                  <Space key={item.key} align="baseline" wrap>
                    <Form.Item name={[item.name, 'name']} label={t('form.attachmentName')}>
                      <Input />
                    </Form.Item>
                    <Form.Item name={[item.name, 'url']} label={t('form.attachmentUrl')}>
                      <Input style={{ width: 320 }} placeholder="https://" />
                    </Form.Item>
                    <Button
                      type="text"
                      icon={<MinusCircleOutlined />}
                      aria-label={t('form.remove')}
                      onClick={() => remove(item.name)}
                    />
                  </Space>
                ))}
                <Button icon={<PlusOutlined />} onClick={() => add({ name: '', url: '' })}>
                  {t('form.addAttachment')}
                </Button>
              </>
            )}
          </Form.List>
        </section>
      </div>

      <Space wrap>
        {step > 0 && <Button onClick={() => setStep(step - 1)}>{t('needForm.previous')}</Button>}
        {step < 2 && (
          <Button type="primary" ghost onClick={() => setStep(step + 1)}>
            {t('needForm.next')}
          </Button>
        )}
        <Button loading={saving} onClick={() => save(false)}>
          {t('needForm.saveDraft')}
        </Button>
        <Button type="primary" loading={saving} onClick={() => save(true)}>
          {t('needForm.saveAndSubmit')}
        </Button>
      </Space>
    </Form>
  );
}
