// The cell parsers of the job-table import, fed the variants staff actually type into spreadsheets.
import { describe, expect, it } from 'vitest'
import { columnLetter, fieldOf, findHeader } from '../../server/import/columns.ts'
import {
  defaultValidUntil,
  endOfBeijingDay,
  inferCategory,
  parseAge,
  parseBenefits,
  parseCategory,
  parseEducation,
  parseHeadcount,
  parsePhone,
  parsePlace,
  parseSalary,
  parseTags,
  parseValidUntil,
  type Parsed,
} from '../../server/import/parse-cells.ts'
import { planImport } from '../../server/import/job-rows.ts'
import { cellText, decodeText, readCsv } from '../../server/import/read-table.ts'

const value = <T>(p: Parsed<T>) => {
  if (!p.ok) throw new Error(`expected a value, got error: ${p.error}`)
  return p.value
}
const error = <T>(p: Parsed<T>) => {
  if (p.ok) throw new Error(`expected an error, got ${JSON.stringify(p.value)}`)
  return p.error
}
const warnings = <T>(p: Parsed<T>) => (p.ok ? p.warnings : [])

describe('薪资待遇', () => {
  it.each([
    ['4000-6000元/月', { min: 4000, max: 6000, unit: 'month' }],
    ['4000～6000元/月', { min: 4000, max: 6000, unit: 'month' }],
    ['４０００－６０００元／月', { min: 4000, max: 6000, unit: 'month' }],
    ['4000元-6000元/月', { min: 4000, max: 6000, unit: 'month' }],
    ['4000 至 6000 元每月', { min: 4000, max: 6000, unit: 'month' }],
    ['月薪4000-6000', { min: 4000, max: 6000, unit: 'month' }],
    ['4,000-6,000元/月', { min: 4000, max: 6000, unit: 'month' }],
    ['4k-6k', { min: 4000, max: 6000, unit: 'month' }],
    ['4-6千/月', { min: 4000, max: 6000, unit: 'month' }],
    ['1-1.5万/月', { min: 10000, max: 15000, unit: 'month' }],
    ['5000元/月', { min: 5000, max: 5000, unit: 'month' }],
    ['3500元以上', { min: 3500, unit: 'month' }],
    ['3500元/月以上', { min: 3500, unit: 'month' }],
    ['3000起', { min: 3000, unit: 'month' }],
    ['200元/天', { min: 200, max: 200, unit: 'day' }],
    ['150-200元/天', { min: 150, max: 200, unit: 'day' }],
    ['日薪180', { min: 180, max: 180, unit: 'day' }],
    ['日结200元', { min: 200, max: 200, unit: 'day' }],
    ['25元/小时', { min: 25, max: 25, unit: 'hour' }],
    ['时薪20-25元', { min: 20, max: 25, unit: 'hour' }],
    ['计件', { min: 0, unit: 'piece' }],
  ])('%s', (raw, expected) => {
    expect(value(parseSalary(raw))).toEqual(expected)
  })

  it('reads a piece rate with usual earnings, and keeps a rate per piece as words', () => {
    expect(value(parseSalary('计件，约4000-8000元/月'))).toEqual({ min: 4000, max: 8000, unit: 'piece' })
    expect(value(parseSalary('计件，每件0.5元'))).toEqual({ min: 0, unit: 'piece', note: '计件，每件0.5元' })
  })

  it('keeps words beside the amount as a note for job seekers', () => {
    expect(value(parseSalary('4000-6000元/月（含加班费）'))).toEqual({
      min: 4000,
      max: 6000,
      unit: 'month',
      note: '含加班费',
    })
    expect(value(parseSalary('底薪3000+提成'))).toMatchObject({
      min: 3000,
      unit: 'month',
      note: '底薪3000+提成',
    })
    expect(value(parseSalary('200元/天，约6000元/月'))).toMatchObject({
      min: 200,
      unit: 'day',
      note: '约6000元/月',
    })
  })

  it('guesses the month for a bare amount, with a warning', () => {
    const parsed = parseSalary('4000～6000')
    expect(value(parsed)).toEqual({ min: 4000, max: 6000, unit: 'month' })
    expect(warnings(parsed)).toEqual(['没写单位，按“元/月”导入'])
  })

  it.each([
    ['面议', '请填写具体薪资'],
    ['薪资面议', '请填写具体薪资'],
    ['', '请填写薪资待遇'],
    ['200', '请写明薪资单位'],
    ['6000-4000元/月', '写反了'],
    ['年薪10万', '年薪换算成月薪'],
    ['待遇优厚', '看不懂'],
  ])('refuses %j', (raw, reason) => {
    expect(error(parseSalary(raw))).toContain(reason)
  })
})

describe('年龄要求', () => {
  it.each([
    ['18-55岁', { ageMin: 18, ageMax: 55 }],
    ['18～55周岁', { ageMin: 18, ageMax: 55 }],
    ['18周岁至55周岁', { ageMin: 18, ageMax: 55 }],
    ['55岁以下', { ageMax: 55 }],
    ['55周岁及以下', { ageMax: 55 }],
    ['不超过60岁', { ageMax: 60 }],
    ['18岁以上', { ageMin: 18 }],
    ['年满18周岁', { ageMin: 18 }],
    ['18岁以上，50岁以下', { ageMin: 18, ageMax: 50 }],
    ['不限', {}],
    ['', {}],
  ])('%j', (raw, expected) => {
    expect(value(parseAge(raw))).toEqual(expected)
  })

  it('takes the widest of several ranges, and says so', () => {
    const parsed = parseAge('男18-60岁，女18-50岁')
    expect(value(parsed)).toEqual({ ageMin: 18, ageMax: 60 })
    expect(warnings(parsed)[0]).toContain('18-60岁')
  })

  it.each([
    ['年轻', '看不懂'],
    ['10-20岁', '16到80'],
    ['55-18岁', '写反了'],
  ])('refuses %j', (raw, reason) => {
    expect(error(parseAge(raw))).toContain(reason)
  })
})

describe('学历要求', () => {
  it.each([
    ['不限', 'any'],
    ['学历不限', 'any'],
    ['无', 'any'],
    ['小学', 'primary'],
    ['初中', 'junior'],
    ['初中及以上', 'junior'],
    ['初中或高中', 'junior'],
    ['高中', 'senior'],
    ['中专', 'senior'],
    ['高中/中专', 'senior'],
    ['技校', 'senior'],
    ['大专', 'college'],
    ['专科以上学历', 'college'],
    ['本科', 'bachelor'],
    ['本科及以上', 'bachelor'],
    ['junior', 'junior'],
    ['', undefined],
  ])('%j', (raw, expected) => {
    expect(value(parseEducation(raw))).toBe(expected)
  })

  it('refuses what the catalog cannot hold', () => {
    expect(error(parseEducation('硕士'))).toContain('本科')
    expect(error(parseEducation('优秀'))).toContain('不限、小学、初中')
  })
})

describe('福利 and 标签', () => {
  it('splits on every separator staff use and maps the words', () => {
    expect(value(parseBenefits('包吃,包住'))).toEqual(['meals', 'housing'])
    expect(value(parseBenefits('包吃住、五险一金 班车'))).toEqual([
      'meals',
      'housing',
      'insurance',
      'shuttle',
    ])
    expect(value(parseBenefits('五险，带薪休假/日结；培训　全勤奖'))).toEqual([
      'insurance',
      'paid-leave',
      'daily-pay',
      'training',
      'bonus',
    ])
    expect(value(parseBenefits('包吃包住'))).toEqual(['meals', 'housing'])
    expect(value(parseBenefits('班车接送、岗前培训'))).toEqual(['shuttle', 'training'])
    expect(value(parseBenefits('包吃、包吃住'))).toEqual(['meals', 'housing'])
  })

  it('warns about words it does not know instead of refusing the row', () => {
    const parsed = parseBenefits('包吃、节日福利、高温补贴')
    expect(value(parsed)).toEqual(['meals'])
    expect(warnings(parsed)).toEqual(['不认识的福利“节日福利、高温补贴”没有导入'])
  })

  it('reads tags by label, everyday word or key', () => {
    expect(value(parseTags('大龄友好'))).toEqual(['older-friendly'])
    expect(value(parseTags('零工/日结、急招'))).toEqual(['gig', 'urgent'])
    expect(value(parseTags('脱贫人口优先 家门口就业'))).toEqual(['poverty-priority', 'near-home'])
    expect(value(parseTags('older-friendly'))).toEqual(['older-friendly'])
    expect(warnings(parseTags('高薪'))).toEqual(['不认识的标签“高薪”没有导入'])
  })
})

describe('岗位类别', () => {
  it.each([
    ['普工/制造', 'manufacturing'],
    ['普工', 'manufacturing'],
    ['制造', 'manufacturing'],
    ['manufacturing', 'manufacturing'],
    ['物流/司机', 'logistics'],
    ['家政', 'domestic'],
    ['公益性岗位', 'public-welfare'],
    ['就业见习', 'internship'],
    ['零工/日结', 'gig'],
  ])('%j', (raw, expected) => {
    expect(value(parseCategory(raw, '随便'))).toBe(expected)
  })

  it.each([
    ['电子装配普工', 'manufacturing'],
    ['注塑操作工', 'manufacturing'],
    ['叉车司机', 'logistics'],
    ['快递员', 'logistics'],
    ['仓库管理员', 'logistics'],
    ['家庭保洁', 'domestic'],
    ['住家保姆', 'domestic'],
    ['医院护工', 'domestic'],
    ['金牌月嫂', 'domestic'],
    ['餐厅服务员', 'catering'],
    ['中餐厨师', 'catering'],
    ['会计见习岗', 'internship'],
    ['公益性岗位保洁员', 'public-welfare'],
    ['搬运零工', 'gig'],
    ['日结分拣工', 'gig'],
    ['建筑小工', 'construction'],
    ['钢筋工', 'construction'],
    ['木工', 'construction'],
    ['蔬菜种植工', 'agriculture'],
    ['生猪养殖员', 'agriculture'],
    ['采茶工', 'agriculture'],
  ])('infers %s from the title', (title, expected) => {
    expect(inferCategory(title)).toBe(expected)
    const parsed = parseCategory('', title)
    expect(value(parsed)).toBe(expected)
    expect(warnings(parsed)[0]).toContain('按岗位名称归为')
  })

  it('asks for the category when the title does not say', () => {
    expect(error(parseCategory('', '储备干部'))).toContain('请填写岗位类别')
    expect(error(parseCategory('IT', '储备干部'))).toContain('不认识“IT”')
  })
})

describe('招聘人数', () => {
  it.each([
    ['10', 10],
    ['10人', 10],
    ['１０名', 10],
    [' 5 ', 5],
    ['10.0', 10],
  ])('%j', (raw, expected) => {
    expect(value(parseHeadcount(raw))).toBe(expected)
  })
  it('reads a range as its top, with a warning', () => {
    const parsed = parseHeadcount('10-20人')
    expect(value(parsed)).toBe(20)
    expect(warnings(parsed)).toEqual(['人数写的是范围，按20人导入'])
  })
  it.each([['若干'], ['0'], ['十个'], ['']])('refuses %j', (raw) => {
    expect(error(parseHeadcount(raw))).toMatch(/招聘人数/)
  })
})

describe('工作地点', () => {
  const townships = ['城关镇', '白沙镇', '青山铺镇', '梅溪乡']
  it.each([
    ['城关镇工业园创业大道18号', { township: '城关镇', address: '工业园创业大道18号' }],
    ['城关镇 工业园', { township: '城关镇', address: '工业园' }],
    ['白沙镇', { township: '白沙镇' }],
    ['湘源县白沙镇沙河路66号', { township: '白沙镇', address: '沙河路66号' }],
    ['湖南省湘源县梅溪乡政府旁', { township: '梅溪乡', address: '政府旁' }],
    ['青山铺镇、青山村', { township: '青山铺镇', address: '青山村' }],
  ])('%s', (raw, expected) => {
    expect(value(parsePlace(raw, townships, '湘源县'))).toEqual(expected)
  })
  it('reads a township written without 镇, with a warning', () => {
    const parsed = parsePlace('白沙工业园', townships)
    expect(value(parsed)).toEqual({ township: '白沙镇', address: '工业园' })
    expect(warnings(parsed)).toEqual(['工作地点按“白沙镇”导入'])
  })
  it('names the townships when it cannot find one', () => {
    expect(error(parsePlace('长沙市岳麓区', townships))).toBe(
      '工作地点要以本县乡镇名开头（城关镇、白沙镇、青山铺镇、梅溪乡）',
    )
    expect(error(parsePlace('', townships))).toContain('请填写工作地点')
  })
})

describe('联系电话', () => {
  it.each([
    ['0731-85600001', '0731-85600001'],
    ['0731－85600001', '0731-85600001'],
    ['（0731）85600001', '(0731)85600001'],
    ['0731-85600001转808', '0731-85600001转808'],
    ['王经理 13800138000', '13800138000'],
    ['0731-85600001（人事部）', '0731-85600001'],
    ['12333', '12333'],
  ])('%j', (raw, expected) => {
    expect(value(parsePhone(raw))).toBe(expected)
  })
  it('keeps the first of several numbers, with a warning', () => {
    const parsed = parsePhone('0731-85600001/13800138000')
    expect(value(parsed)).toBe('0731-85600001')
    expect(warnings(parsed)).toEqual(['写了几个号码，只导入第一个'])
  })
  it('refuses what is not a number', () => {
    expect(error(parsePhone('见公告'))).toContain('没有号码')
    expect(error(parsePhone('12'))).toContain('格式不对')
  })
})

describe('有效期至', () => {
  // 2024-07-15 10:00 in Beijing.
  const now = Date.parse('2024-07-15T02:00:00Z')
  const endOf31 = '2024-07-31T15:59:59.999Z'
  it.each([
    ['2024-07-31'],
    ['2024/7/31'],
    ['2024.7.31'],
    ['2024年7月31日'],
    ['20240731'],
    ['７月３１日'],
    ['45504'],
  ])('%j is the end of 31 July, Beijing time', (raw) => {
    expect(value(parseValidUntil(raw, now))).toBe(endOf31)
  })
  it('defaults to the end of the day 30 days ahead', () => {
    expect(value(parseValidUntil('', now))).toBe('2024-08-14T15:59:59.999Z')
    expect(defaultValidUntil(now)).toBe(endOfBeijingDay(2024, 8, 14))
    expect(warnings(parseValidUntil('长期有效', now))[0]).toContain('30天')
  })
  it('accepts today, and rolls a past month-and-day to next year', () => {
    expect(value(parseValidUntil('2024-07-15', now))).toBe('2024-07-15T15:59:59.999Z')
    const parsed = parseValidUntil('1月10日', now)
    expect(value(parsed)).toBe('2025-01-10T15:59:59.999Z')
    expect(warnings(parsed)).toEqual(['没写年份，按2025年导入'])
  })
  it('ignores a time of day written after the date', () => {
    expect(value(parseValidUntil('2024-07-31 18:00', now))).toBe(endOf31)
    expect(value(parseValidUntil('2024/7/31 0:00:00', now))).toBe(endOf31)
  })
  it('refuses past and impossible dates', () => {
    expect(error(parseValidUntil('2024-07-14', now))).toContain('有效期已过')
    expect(error(parseValidUntil('2024-02-30', now))).toContain('没有这一天')
    expect(error(parseValidUntil('下个月', now))).toContain('看不懂日期')
  })
})

describe('columns', () => {
  it('matches headers with spaces, full-width brackets, stars and synonyms', () => {
    expect(fieldOf(' 单位 名称 ')).toBe('employer')
    expect(fieldOf('用人单位')).toBe('employer')
    expect(fieldOf('*岗位名称')).toBe('title')
    expect(fieldOf('薪资待遇（元/月）')).toBe('salary')
    expect(fieldOf('招聘人数(必填)')).toBe('headcount')
    expect(fieldOf('工作内容')).toBe('duties')
    expect(fieldOf('乡镇（街道）')).toBe('township')
    expect(fieldOf('联系人')).toBeUndefined()
  })
  it('finds the header below a title row and reports unknown columns', () => {
    const header = findHeader([
      ['湘源县2024年春风行动岗位信息表'],
      ['序号', '单位名称', '岗位名称', '招聘人数', '薪资', '工作地点', '联系人', '岗位职责', '工作内容'],
    ])
    expect(header.index).toBe(1)
    expect(header.columns).toMatchObject({ employer: [1], title: [2], salary: [4], duties: [7, 8] })
    expect(header.ignored).toEqual(['联系人'])
  })
  it('names the missing columns', () => {
    expect(() => findHeader([['单位名称', '岗位名称']])).toThrow(/缺少这些列：招聘人数、薪资待遇、工作地点/)
    expect(() =>
      findHeader([
        ['a', 'b'],
        ['1', '2'],
      ]),
    ).toThrow(/找不到表头/)
  })
  it('letters columns as Excel does', () => {
    expect([0, 5, 25, 26, 27].map(columnLetter)).toEqual(['A', 'F', 'Z', 'AA', 'AB'])
  })
})

describe('reading CSV', () => {
  it('decodes UTF-8 with and without BOM, and GB18030', () => {
    const text = '单位名称,岗位名称\n宏达电子,普工\n'
    expect(decodeText(Buffer.from(text))).toBe(text)
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))).toBe(text)
    // "单位" in GBK.
    expect(decodeText(Buffer.from([0xb5, 0xa5, 0xce, 0xbb]))).toBe('单位')
  })
  it('keeps row numbers through blank lines and quoted line breaks, and detects tabs', () => {
    expect(readCsv('a,b\n\n"x\ny",2\n')).toEqual([['a', 'b'], [''], ['x\ny', '2']])
    expect(readCsv('单位名称\t岗位名称\n宏达, 电子\t普工')).toEqual([
      ['单位名称', '岗位名称'],
      ['宏达, 电子', '普工'],
    ])
  })
})

describe('reading XLSX cells', () => {
  it('gives every kind of exceljs value as the text staff see', () => {
    expect(cellText(null)).toBe('')
    expect(cellText(20)).toBe('20')
    expect(cellText(0.1 + 0.2)).toBe('0.3')
    expect(cellText(13800138000)).toBe('13800138000')
    expect(cellText(new Date(Date.UTC(2024, 6, 31)))).toBe('2024-07-31')
    expect(cellText(new Date(Date.UTC(1899, 11, 30, 8, 0)))).toBe('8:00')
    expect(cellText({ richText: [{ text: '湘源' }, { text: '电子' }] })).toBe('湘源电子')
    expect(cellText({ formula: 'A1*2', result: 40 } as never)).toBe('40')
    expect(cellText({ text: '0731-85600001', hyperlink: 'tel:073185600001' })).toBe('0731-85600001')
    expect(cellText({ error: '#N/A' } as never)).toBe('')
  })
})

describe('rows to jobs', () => {
  const ctx = {
    settings: {
      bureauName: '湘源县人社局',
      county: '湘源县',
      hotline: '12333',
      townships: ['城关镇', '白沙镇'],
    },
    employers: [],
    jobs: [],
    now: Date.parse('2024-07-15T02:00:00Z'),
    status: 'published' as const,
  }
  const header = ['单位名称', '岗位名称', '招聘人数', '薪资待遇', '工作地点']

  it('reads a blank employer under a filled one as "same as above", and says so', () => {
    const plan = planImport(
      [header, ['宏达电子', '普工', '5', '4000元/月', '城关镇'], ['', '质检员', '2', '4500元/月', '城关镇']],
      ctx,
    )
    expect(plan.summary).toMatchObject({ ok: 2, employersToCreate: 1 })
    expect(plan.rows[1]!.job!.employerId).toBe(plan.rows[0]!.job!.employerId)
    expect(plan.rows[1]!.warnings).toContainEqual({
      column: '单位名称',
      cell: 'A3',
      message: '单位名称是空的，沿用上一行的“宏达电子”',
    })
  })

  it('warns about repeated rows, skips notes under the table, and reads a township column', () => {
    const plan = planImport(
      [
        [...header, '所属乡镇'],
        ['宏达电子', '普工', '5', '4000元/月', '工业园18号', '白沙'],
        ['宏达电子', '普工', '5', '4000元/月', '白沙镇工业园18号', '白沙镇'],
        ['注：以上岗位长期招聘'],
      ],
      ctx,
    )
    expect(plan.rows.map((r) => r.job?.township)).toEqual(['白沙镇', '白沙镇'])
    expect(plan.rows.map((r) => r.job?.address)).toEqual(['工业园18号', '工业园18号'])
    expect(plan.rows[1]!.warnings).toContainEqual(
      expect.objectContaining({ message: expect.stringContaining('与第2行重复') }),
    )
    expect(plan.skippedRows).toEqual([{ row: 4, text: '注：以上岗位长期招聘' }])
  })

  it('turns schema errors into plain Chinese on the right column', () => {
    const plan = planImport(
      [header, ['宏达电子', '普工' + '好'.repeat(119), '5', '4000元/月', '城关镇']],
      ctx,
    )
    expect(plan.rows[0]!.errors).toEqual([
      { column: '岗位名称', cell: 'B2', message: '内容太长，最多120个字' },
    ])
  })
})
