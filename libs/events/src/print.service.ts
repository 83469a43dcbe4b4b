import { DomainError } from '@app/common';
import { Actor } from '@app/identity';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { PrintQuery } from './dto/events.dto';
import { EventMeeting } from './entities/event-meeting.entity';
import { EventParticipant } from './entities/event-participant.entity';
import { MatchmakingEvent } from './entities/matchmaking-event.entity';
import { assertCoordinator, participantOf, viewerOf } from './event-access';

type Lang = 'zh-CN' | 'en';

const WORDS = {
  'zh-CN': {
    schedule: '会谈日程',
    table: '桌',
    slot: '时段',
    with: '会谈对象',
    none: '暂无会谈安排',
    place: '地点',
    date: '日期',
    free: '—',
    tables: '各桌会谈安排',
    print: '打印',
    colon: '：',
  },
  en: {
    schedule: 'Meeting schedule',
    table: 'Table',
    slot: 'Time',
    with: 'Meeting with',
    none: 'No meetings scheduled',
    place: 'Place',
    date: 'Date',
    free: '—',
    tables: 'Meetings by table',
    print: 'Print',
    colon: ': ',
  },
} as const;

const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Printable schedules (HTML, A4-friendly): one participant's day in Chinese or English, or every table's. */
@Injectable()
export class PrintService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async render(id: string, actor: Actor, query: PrintQuery): Promise<string> {
    const viewer = await viewerOf(this.db.manager, id, actor);
    const lang: Lang = query.lang ?? actor.locale ?? 'zh-CN';
    const meetings = await this.db
      .getRepository(EventMeeting)
      .find({ where: { eventId: id }, order: { slotIndex: 'ASC', tableIndex: 'ASC' } });
    const people = await this.db.getRepository(EventParticipant).findBy({ eventId: id });
    const names = new Map(people.map((p) => [p.id, p.displayName]));
    if (query.view === 'tables') {
      assertCoordinator(viewer);
      return page(viewer.event, lang, WORDS[lang].tables, this.tables(viewer.event, meetings, names, lang));
    }
    if (!query.participantId) throw DomainError.validation([{ field: 'participantId', constraint: 'isDefined' }]);
    const p = await participantOf(this.db.manager, viewer, query.participantId, actor);
    return page(
      viewer.event,
      lang,
      `${WORDS[lang].schedule} · ${p.displayName}`,
      this.participant(viewer.event, p, meetings, names, lang),
    );
  }

  private participant(
    e: MatchmakingEvent,
    p: EventParticipant,
    meetings: EventMeeting[],
    names: Map<string, string>,
    lang: Lang,
  ): string {
    const w = WORDS[lang];
    const own = meetings.filter((m) => m.enterpriseParticipantId === p.id || m.providerParticipantId === p.id);
    if (!own.length) return `<p>${w.none}</p>`;
    const rows = own.map((m) => {
      const other = m.enterpriseParticipantId === p.id ? m.providerParticipantId : m.enterpriseParticipantId;
      const slot = e.slots[m.slotIndex];
      return `<tr><td>${escape(`${slot.start}–${slot.end}`)}</td><td>${escape(e.tableNames[m.tableIndex] ?? String(m.tableIndex + 1))}</td><td>${escape(names.get(other) ?? '')}</td></tr>`;
    });
    return `<table><thead><tr><th>${w.slot}</th><th>${w.table}</th><th>${w.with}</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
  }

  private tables(e: MatchmakingEvent, meetings: EventMeeting[], names: Map<string, string>, lang: Lang): string {
    const w = WORDS[lang];
    return e.tableNames
      .map((table, t) => {
        const rows = e.slots.map((slot, s) => {
          const m = meetings.find((x) => x.slotIndex === s && x.tableIndex === t);
          const who = m
            ? `${escape(names.get(m.enterpriseParticipantId) ?? '')} × ${escape(names.get(m.providerParticipantId) ?? '')}`
            : w.free;
          return `<tr><td>${escape(`${slot.start}–${slot.end}`)}</td><td>${who}</td></tr>`;
        });
        return `<section><h2>${w.table} ${escape(table)}</h2><table><tbody>${rows.join('')}</tbody></table></section>`;
      })
      .join('');
  }
}

function page(e: MatchmakingEvent, lang: Lang, heading: string, body: string): string {
  const w = WORDS[lang];
  const place = e.venue ?? e.onlineUrl ?? '';
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${escape(e.title)}</title>
<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;width:100%;margin-bottom:1em}td,th{border:1px solid #999;padding:4px 8px;text-align:left}
section{page-break-inside:avoid}@media print{button{display:none}}</style></head>
<body><button onclick="window.print()">${w.print}</button><h1>${escape(e.title)}</h1><p>${w.date}${w.colon}${escape(e.eventDate)} · ${w.place}${w.colon}${escape(place)}</p>
<h2>${escape(heading)}</h2>${body}</body></html>`;
}
