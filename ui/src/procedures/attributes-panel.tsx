import { useId } from 'react';
import type BpmnFactory from 'bpmn-js/lib/features/modeling/BpmnFactory';
import type Modeling from 'bpmn-js/lib/features/modeling/Modeling';
import type Modeler from 'bpmn-js/lib/Modeler';
import type { Element } from 'bpmn-js/lib/model/Types';
import type { BpmnObject } from '../diagram/bpmn-object';
import { useI18n } from '../i18n/use-i18n';
import { attributeGroups, type AttributeField } from './element-attributes';

/**
 * The side panel: the selected element's `icj:` attributes (and a flow's condition), read from
 * and written to the diagram through the modeler, so every edit can be undone. Its parent
 * re-renders it after every edit (see useModelerSelection), so the values are always current.
 */
export function AttributesPanel({ modeler, element }: { modeler: Modeler; element: Element | undefined }) {
  const { t } = useI18n();
  if (!element) {
    return (
      <aside className="attributes-panel" data-testid="attributes-panel">
        <h2>{t('panel.title')}</h2>
        <p className="muted">{t('panel.nothingSelected')}</p>
      </aside>
    );
  }
  const bo = element.businessObject as BpmnObject;
  const groups = attributeGroups(element, {
    modeling: modeler.get<Modeling>('modeling'),
    bpmnFactory: modeler.get<BpmnFactory>('bpmnFactory'),
  });
  return (
    <aside className="attributes-panel" data-testid="attributes-panel" data-element-id={bo.id}>
      <h2>{t('panel.title')}</h2>
      <p className="panel-element">
        <code>{bo.id}</code> <span className="muted small">{bo.$type.replace(/^bpmn:/, '')}</span>
        {bo.name && <span className="panel-element-name">{bo.name}</span>}
      </p>
      {groups.length === 0 && <p className="muted">{t('panel.noAttributes')}</p>}
      {groups.map((group, i) => (
        <fieldset key={`${group.title}-${group.flow?.id ?? i}`} className="panel-group">
          <legend>
            {t(group.title)}
            {group.flow && (
              <>
                {' '}
                <code>{group.flow.id}</code>
                {group.flow.name && ` “${group.flow.name}”`}
              </>
            )}
          </legend>
          {group.flow?.isDefault && <p className="small muted">{t('panel.defaultFlow')}</p>}
          {group.fields.map((field) => (
            <AttributeInput key={field.name} field={field} flowId={group.flow?.id} />
          ))}
        </fieldset>
      ))}
    </aside>
  );
}

/** One attribute: its label (`icj:name`) and a box that writes to the diagram as you type. */
function AttributeInput({ field, flowId }: { field: AttributeField; flowId: string | undefined }) {
  const { tMaybe } = useI18n();
  const id = useId();
  const label = tMaybe(`attr.${field.name}`) ?? field.name;
  const props = {
    id,
    value: field.value,
    spellCheck: false,
    'data-testid': `attr-${field.name}`,
    'data-flow-id': flowId,
    onChange: (event: { target: { value: string } }) => field.set(event.target.value),
  };
  return (
    <div className="panel-field">
      <label htmlFor={id}>
        {label} {field.name !== 'condition' && <code className="small">icj:{field.name}</code>}
      </label>
      {field.expression ? <textarea rows={2} {...props} /> : <input type="text" {...props} />}
    </div>
  );
}
