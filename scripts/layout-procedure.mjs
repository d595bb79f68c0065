// Adds diagram layout (BPMN DI) to a procedure written without it, so that it opens in bpmn-js or
// Camunda Modeler: `node scripts/layout-procedure.mjs in.bpmn out.bpmn`. Each process of the file
// is laid out on its own plane by bpmn-auto-layout (which lays out only a file's first process).
// The semantic part of the file is kept byte for byte; any DI it had is replaced.
import { readFileSync, writeFileSync } from 'node:fs';
import { layoutProcess } from 'bpmn-auto-layout';

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  console.error('usage: node scripts/layout-procedure.mjs <in.bpmn> <out.bpmn>');
  process.exit(2);
}
const xml = readFileSync(input, 'utf8').replace(/\s*<bpmndi:BPMNDiagram[\s\S]*<\/bpmndi:BPMNDiagram>/, '');
const open = xml.slice(0, xml.indexOf('>', xml.indexOf('<bpmn:definitions')) + 1);
const globals = [...xml.matchAll(/<bpmn:(escalation|message|signal|error) [^>]*\/>/g)].map((m) => m[0]).join('\n');
const processes = [...xml.matchAll(/<bpmn:process [\s\S]*?<\/bpmn:process>/g)].map((m) => m[0]);

const diagrams = [];
for (const proc of processes) {
  const id = /<bpmn:process id="([^"]+)"/.exec(proc)[1];
  const laidOut = await layoutProcess(`${open}\n${globals}\n${proc}\n</bpmn:definitions>\n`);
  const blocks = [...laidOut.matchAll(/<bpmndi:BPMNDiagram[\s\S]*?<\/bpmndi:BPMNDiagram>/g)].map((m) => m[0]);
  blocks.forEach((block, i) => {
    diagrams.push(block
      .replace(/<bpmndi:BPMNDiagram id="[^"]+"/, `<bpmndi:BPMNDiagram id="Diagram_${id}${i ? `_${i}` : ''}"`)
      .replace(/<bpmndi:BPMNPlane id="[^"]+"/, `<bpmndi:BPMNPlane id="Plane_${id}${i ? `_${i}` : ''}"`));
  });
}
writeFileSync(output, xml.replace('</bpmn:definitions>', `${diagrams.join('\n')}\n</bpmn:definitions>`));
console.log(`${output}: ${processes.length} processes laid out on ${diagrams.length} planes`);
