import ExcelJS from 'exceljs';
const load = async (p: string) => { const wb = new ExcelJS.Workbook(); await wb.xlsx.readFile(p); return wb.getWorksheet('宽表')!; };
const [a, b] = [await load(process.argv[2]!), await load(process.argv[3]!)];
let diff = 0;
for (let r = 1; r <= Math.max(a.rowCount, b.rowCount); r++) {
  const x = JSON.stringify(a.getRow(r).values), y = JSON.stringify(b.getRow(r).values);
  if (x !== y) { if (diff++ < 3) console.log('row', r, x.slice(0, 200), '\n   ', y.slice(0, 200)); }
}
console.log('rows', a.rowCount, b.rowCount, 'diff rows', diff, 'views', JSON.stringify(a.views), JSON.stringify(b.views), 'font', JSON.stringify(a.getRow(1).getCell(1).font), JSON.stringify(b.getRow(1).getCell(1).font), JSON.stringify(b.getRow(2).getCell(1).font));
