import { describe, expect, test } from 'vitest';
import { csvField, quotesCsv } from '../../src/utils/quote-export.ts';
import { quoteRecord } from '../support/fixtures.ts';

describe('export', () => {
	test('CSV fields are quoted only when needed, inner quotes doubled', () => {
		expect(csvField('plain')).toBe('plain');
		expect(csvField('a "b", c')).toBe('"a ""b"", c"');
		expect(csvField('two\nlines')).toBe('"two\nlines"');
	});
	test('CSV has a BOM, a header row and one CRLF row per record', () => {
		const record = quoteRecord({
			text: 'Ya, "benar"',
			article: 'https://x/artikel/a/',
			url: 'https://x/kutipan/q1/',
			tags: ['penipuan', 'ekstradisi'],
			organisation: null,
			textEn: 'Yes, "true"',
			factChecks: [
				{ id: 'a', note: 'Salah.', noteEn: 'Wrong.', sources: [{ url: 'https://a.example/1', title: 'A' }] },
				{ id: 'b', note: 'Keliru.', noteEn: 'Mistaken.', sources: [{ url: 'https://b.example/1', title: 'B' }, { url: 'https://b.example/2', title: 'B2' }] },
			],
		});
		const lines = quotesCsv([record]).split('\r\n');
		expect(lines[0]).toBe(
			'\uFEFFid,kind,speaker_id,speaker_name,role,outlet,date,article,paragraph,url,tags,text,text_en,role_en,printed_title,source_url,fact_check,fact_check_en,fact_check_sources',
		);
		expect(lines[1]).toBe(
			'q1,direct,le-xuan-minh,Le Xuan Minh,Direktur,Báo Tin Tức,2025-10-08,https://x/artikel/a/,p-9,https://x/kutipan/q1/,penipuan ekstradisi,"Ya, ""benar""","Yes, ""true""",Director,,https://baotintuc.vn/a.htm,Salah. | Keliru.,Wrong. | Mistaken.,https://a.example/1 | https://b.example/1 https://b.example/2',
		);
		expect(lines).toHaveLength(3);
	});
});
