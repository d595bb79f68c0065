import icj from '../../../bpmn/icj-moddle.json';

/** bpmn-js `moddleExtensions`: the `icj:` attributes the procedure compiler reads (bpmn/icj-moddle.json). */
export const icjModdleExtensions = { icj };
