import { NOTIFICATION_KINDS, NOTIFICATION_TEMPLATES, renderEmail, renderNotification } from './notification-templates';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('notification templates', () => {
  it('word every kind in Chinese and English with the same placeholders', () => {
    for (const kind of NOTIFICATION_KINDS) {
      const t = NOTIFICATION_TEMPLATES[kind];
      expect(placeholders(t['zh-CN'].title + t['zh-CN'].body)).toEqual(placeholders(t.en.title + t.en.body));
      expect(t['zh-CN'].title).toMatch(/[\u4e00-\u9fff]/);
      expect(t.en.title).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('fill plain and bilingual parameters in the reader’s language', () => {
    const params = {
      needTitle: '锂电池正极材料',
      enterpriseName: 'A',
      providerName: 'B',
      status: { 'zh-CN': '已签约', en: 'agreement signed' },
      detail: null,
    };
    expect(renderNotification('engagement.updated', params, 'zh-CN').title).toBe('对接进展：已签约');
    expect(renderNotification('engagement.updated', params, 'en').body).toBe(
      'The engagement on "锂电池正极材料" (A × B) moved to: agreement signed.',
    );
  });

  it('wrap e-mails with a greeting and how to turn them off', () => {
    const mail = renderEmail(
      'reminder.agreement_followup',
      { needTitle: 'X', counterpartName: 'Y', days: 30 },
      'en',
      'Ana',
    );
    expect(mail.subject).toBe('[Tech Matchmaking] 30-day follow-up: X');
    expect(mail.text).toMatch(/^Hello Ana,/);
    expect(mail.text).toContain('notification settings');
  });
});
