import { describe, expect, it } from 'vitest';
import type { FormFieldBox } from '../../../workbook/contracts/form-fields.ts';
import { discreetInfo } from '../../../workbook/guard/discreet-info.ts';
import {
  checkDiscreetOutside,
  findGuideAddress,
  findRevealingDetails,
  type Giveaways,
} from '../../../workbook/guard/discreet-outside.ts';
import { findRoleLabels } from '../../../workbook/guard/role-labels.ts';
import { neutralTooltips } from '../../../workbook/pdf/neutral-tooltips.ts';
import type { DocumentInfo } from '../../../workbook/pdf/set-info.ts';

/* Issue 21, point 4: a discreet copy's details, tooltips, labels and addresses, on made-up inputs. */

const giveaways: Giveaways = {
  words: ['heist'],
  titles: ['Quiet Harbor', 'Quiet Harbor After the Heist'],
  addresses: ['quiet-harbor.example.net'],
  roles: ['the partner who stayed'],
};

const plain: DocumentInfo = {
  title: 'Our notebook',
  author: '',
  subject: '',
  keywords: [],
  creator: 'Paged.js (Chromium)',
  producer: 'pdf-lib',
};

const field = (name: string, tooltip: string, kind: FormFieldBox['kind'] = 'multiline'): FormFieldBox => ({
  name,
  kind,
  page: 5,
  rect: { x: 0, y: 0, width: 10, height: 10 },
  tooltip,
});

describe('a discreet PDF’s details', () => {
  it('name neither the book nor its subject once made discreet', () => {
    const shared: DocumentInfo = {
      title: 'Quiet Harbor After the Heist: Workbook',
      author: 'Quiet Harbor project',
      subject: 'A workbook for couples, Letter',
      keywords: ['heist', 'couples'],
      creator: 'Quiet Harbor workbook renderer',
      producer: 'pdf-lib',
    };
    expect(findRevealingDetails(shared, [], giveaways)).toEqual([
      'the PDF title says “heist”, “Quiet Harbor”, “Quiet Harbor After the Heist”',
      'the PDF author says “Quiet Harbor”',
      'the PDF keywords says “heist”',
      'the PDF creator says “Quiet Harbor”',
    ]);
    expect(findRevealingDetails(discreetInfo(shared, 'Our notebook'), [], giveaways)).toEqual([]);
  });

  it('find the subject, the book, the address or a role in a tooltip', () => {
    expect(
      findRevealingDetails(
        plain,
        [
          'Chapter 1, question 1: your answer',
          'The partner who stayed: What did the heist cost you?',
          'See quiet-harbor.example.net',
          'Chapter 1, question 1: your answer',
        ],
        giveaways,
      ),
    ).toEqual([
      'the tooltip “The partner who stayed: What did the heist cost you?” says “heist”, “the partner who stayed”',
      'the tooltip “See quiet-harbor.example.net” says “quiet-harbor.example.net”',
    ]);
  });

  it('find the guide’s address on any page, even wrapped across a line', () => {
    expect(
      findGuideAddress(
        ['Cover', 'Call 988 or visit\nfindahelpline.com', 'Online: quiet-harbor.\nexample.net/ch1'],
        giveaways,
      ),
    ).toEqual(['page 3 prints the guide’s address “quiet-harbor.example.net”']);
  });

  it('are all checked with the outside of the pages', () => {
    const problems = checkDiscreetOutside(
      {
        pages: ['Our notebook', 'Our notebook', 'Inside', 'quiet-harbor.example.net', 'Our notebook'],
        heads: ['Our notebook'],
        outline: [{ title: 'Our notebook', pageNumber: 1, depth: 0 }],
        info: { ...plain, author: 'Quiet Harbor project' },
        tooltips: ['the partner who stayed: signature'],
      },
      giveaways,
    );
    expect(problems).toEqual([
      'the PDF author says “Quiet Harbor”',
      'the tooltip “the partner who stayed: signature” says “the partner who stayed”',
      'page 4 prints the guide’s address “quiet-harbor.example.net”',
    ]);
  });
});

describe('a personal copy’s labels', () => {
  it('name no role where “you” would do; the prose may speak of the roles', () => {
    const roles = ['the partner who stayed', 'the partner who left'];
    expect(
      findRoleLabels(
        [
          'FOR YOU What do you need?',
          'FOR THE PARTNER WHO STAYED What do you need?',
          'Your signature Date The partner who left: signature Date',
          'The partner who\nstayed (continued)',
          'The partner who stayed sets the pace; for the partner who left, patience.',
        ],
        roles,
      ),
    ).toEqual([
      'page 2 says “FOR THE PARTNER WHO STAYED”',
      'page 3 says “The partner who left: signature”',
      'page 4 says “The partner who stayed (continued)”',
    ]);
  });
});

describe('neutral tooltips', () => {
  const chapters = [
    { number: undefined, prompts: [{ id: 'intro-q', for: 'both', text: 'What brought you here?' }], exercises: [] },
    {
      number: 2,
      prompts: [
        { id: 'cost', for: 'hurt', text: 'What did it cost you?' },
        { id: 'needs', for: 'both', text: 'What do you need?' },
      ],
      exercises: [
        { id: 'plan', for: 'both', title: 'A plan', blocks: [], layout: 'table' as const },
        { id: 'promise', for: 'both', title: 'A promise', blocks: [], layout: 'agreement' as const },
        { id: 'list', for: 'both', title: 'A list', blocks: [], layout: 'checklist' as const },
      ],
    },
  ];
  const tips = (fields: FormFieldBox[], reader: string) =>
    neutralTooltips(fields, chapters, reader).map((made) => made.tooltip);

  it('name each field’s place, never its prompt or a role', () => {
    expect(
      tips(
        [
          field('intro-q.1', 'What brought you here?'),
          field('needs.1', 'What do you need?'),
          field('needs.2', 'What do you need?'),
          field('plan.r1.c2', 'A plan: When, row 1', 'text'),
          field('list.i3', 'Call a friend', 'checkbox'),
          field('promise.signature.hurt', 'The partner who was hurt: A promise, signature', 'text'),
          field('promise.date.involved', 'The partner who had the affair: A promise, date', 'text'),
          field('cover.started', 'The day you started', 'text'),
          field('weekly-check-in.r3.c1', 'Weekly check-in: Date, row 3', 'text'),
          field('our-agreement.signature.involved', 'The partner who had the affair: Our agreement, signature', 'text'),
          field('notes.1', 'Notes'),
        ],
        'hurt',
      ),
    ).toEqual([
      'Introduction, question 1: your answer',
      'Chapter 2, question 2: your answer',
      'Chapter 2, question 2: your answer',
      'Chapter 2, exercise 1, row 1, column 2',
      'Chapter 2, exercise 3, item 3',
      'Chapter 2, exercise 2: your signature',
      'Chapter 2, exercise 2: the date beside your partner’s signature',
      'The day you started',
      'Weekly check-in, row 3, column 1',
      'Our agreement: your partner’s signature',
      'Notes',
    ]);
  });

  it('name a shared copy’s partners by letter', () => {
    expect(
      tips(
        [
          field('needs.involved.1', 'The partner who had the affair: What do you need?'),
          field('promise.signature.hurt', 'The partner who was hurt: A promise, signature', 'text'),
        ],
        'couple',
      ),
    ).toEqual(['Chapter 2, question 2: partner B’s answer', 'Chapter 2, exercise 2: partner A’s signature']);
  });
});
