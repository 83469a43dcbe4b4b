import { Environment } from '@app/config';
import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';
import { ContactChannel } from '../entities/contact-confirmation.entity';

export interface ConfirmationMessage {
  channel: ContactChannel;
  address: string;
  locale: 'zh-CN' | 'en';
  /** `code`: a one-time code to type in; `already-registered`: someone tried to register this address again. */
  kind: 'code' | 'already-registered';
  code?: string;
}

/**
 * Delivers confirmation codes. Bind another implementation (an SMS gateway, say) with
 * `{ provide: ConfirmationSender, useClass: … }`; the default sends e-mail over SMTP_URL and logs what it cannot send.
 */
export abstract class ConfirmationSender {
  abstract send(message: ConfirmationMessage): Promise<void>;
}

const TEXTS = {
  code: {
    'zh-CN': {
      subject: '科技供需对接平台验证码',
      body: (code: string) => `您的验证码是 ${code}，15 分钟内有效。如非本人操作，请忽略本邮件。`,
    },
    en: {
      subject: 'Your confirmation code',
      body: (code: string) =>
        `Your confirmation code is ${code}. It is valid for 15 minutes. If you did not ask for it, ignore this message.`,
    },
  },
  'already-registered': {
    'zh-CN': {
      subject: '有人尝试用您的地址注册',
      body: () =>
        '有人尝试用此地址注册科技供需对接平台账号，而该地址已有账号。如是您本人，请直接登录；如忘记密码，请联系所在科协。',
    },
    en: {
      subject: 'Someone tried to register your address',
      body: () =>
        'Someone tried to register an account with this address, which already has one. If it was you, sign in; if you forgot the password, contact your association.',
    },
  },
} as const;

/**
 * E-mail goes out at once over SMTP_URL (a code that waits for the notification outbox's quiet hours is useless);
 * without SMTP_URL, and for mobile numbers (no SMS gateway yet), the message is logged: a development stand-in.
 */
@Injectable()
export class MailOrLogConfirmationSender extends ConfirmationSender implements OnApplicationShutdown {
  private readonly logger = new Logger('ConfirmationSender');
  private readonly transport: Transporter | null;

  constructor(private readonly env: Environment) {
    super();
    this.transport = env.SMTP_URL
      ? createTransport({ url: env.SMTP_URL, connectionTimeout: 10000, socketTimeout: 30000 })
      : null;
  }

  async send(message: ConfirmationMessage): Promise<void> {
    const text = TEXTS[message.kind][message.locale];
    const body = text.body(message.code ?? '');
    if (message.channel === 'email' && this.transport) {
      await this.transport.sendMail({
        from: this.env.MAIL_FROM,
        to: message.address,
        subject: text.subject,
        text: body,
        headers: { 'X-Marketplace-Kind': `confirmation.${message.kind}` },
      });
      return;
    }
    // Development stand-in: production logs never hold a code; bind a real gateway there (README, Security).
    const code = this.env.NODE_ENV === 'production' ? undefined : message.code;
    this.logger.warn(
      { channel: message.channel, address: message.address, kind: message.kind, code },
      'confirmation message not sent: no gateway for this channel',
    );
  }

  onApplicationShutdown(): void {
    this.transport?.close();
  }
}
