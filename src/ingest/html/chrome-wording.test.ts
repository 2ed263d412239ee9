import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isBylineOrDate, isChromeLine } from './chrome-wording.ts';

test('date lines are dates and nothing else; a sentence opening with a date is article text', () => {
  for (const line of [
    'Published 9:15 am EST, Friday, March 8, 2024',
    '| Updated: 14:05, Mon, Jan 8, 2024',
    '8 March 2024',
    'Last updated on Tuesday, 8th of March 2024 at 10:30 a.m. ET',
    'Posted 03/08/2024',
    'Sept. 12, 2023 5:00 PM',
  ]) {
    assert.equal(isBylineOrDate(line), true, line);
  }
  for (const line of [
    'March 15 marked the start of the season.',
    'Juli 2021 war ein nasser Monat.',
    'April 2021 war kalt, der Mai dafür umso wärmer.',
    'Posted in 2019 to Kabul, the unit lost three soldiers.',
    'Updated figures show 12 percent growth in May.',
  ]) {
    assert.equal(isBylineOrDate(line), false, line);
  }
});

test('English bylines in any casing of "by", names with capitals', () => {
  for (const line of ['By Jane Doe', 'BY JANE DOE', 'by Jane Doe', 'Written by Jane Doe and John Roe', 'By Jane Doe | Reuters']) {
    assert.equal(isBylineOrDate(line), true, line);
  }
  for (const line of ['By then the rain had stopped', 'by the river, it was cold']) assert.equal(isBylineOrDate(line), false, line);
});

test('sign-up and copyright wording removes a line of its own, not a paragraph that uses the words', () => {
  for (const line of ['Sign up for our newsletter', 'Sign up to get our morning briefing in your inbox.', '© 2024 Example Media. All rights reserved.', 'All rights reserved.']) {
    assert.equal(isChromeLine(line), true, line);
  }
  for (const line of [
    'Thousands of residents rushed to sign up for the new vaccine after the clinic opened on Monday, officials said, with lines stretching around the block.',
    'The company said all rights reserved by the original owners would pass to the city next year, according to documents released on Tuesday by the council.',
    'The agency, whose pictures are marked © 2019 and later, sued the publisher over their reuse in a book about the city that appeared last spring and sold well, the court in Hamburg said on Monday.',
  ]) {
    assert.equal(isChromeLine(line), false, line);
  }
});
