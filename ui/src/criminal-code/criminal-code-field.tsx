import { useContext, useState, type KeyboardEvent, type ReactNode } from 'react';
import { formatArticleRef, parseArticleRef } from '../../../law/criminal-code/article-ref';
import type { CriminalCodeItem } from '../../../law/criminal-code/criminal-code-types';
import { searchItems } from '../../../law/criminal-code/search-items';
import { errorsId, FieldErrors } from '../form/field-errors';
import { FormErrorsContext } from '../form/form-errors-context';
import { RequiredMark } from '../form/required-mark';
import { useI18n } from '../i18n/use-i18n';
import { fieldId } from '../schema/field-id';
import { useCriminalCode } from './use-criminal-code';
import './criminal-code-field.css';

/** At most this many parts are listed at once; typing more narrows the list. */
const MAX_OPTIONS = 12;

/** Props of {@link CriminalCodeField}. */
export interface CriminalCodeFieldProps {
  pointer: string;
  label: string;
  required: boolean;
  /** The stored reference (`CC 122(1)`), or what was typed. */
  value: string;
  onChange(value: string): void;
  extra?: ReactNode;
}

/** What a typed text stores: a reference in its stored form when it is one, else the text (the server says why it is wrong). */
function storedValue(text: string): string {
  const ref = parseArticleRef(text);
  return ref ? formatArticleRef(ref) : text;
}

/**
 * A Criminal Code article chosen from the catalogue: type a number or words of the title (in the
 * UI language) and pick a part from the list, by mouse or with the arrow keys and Enter. The value
 * stays the reference (`CC 122(1)`), so a reference the catalogue does not hold can still be typed.
 */
export function CriminalCodeField({ pointer, label, required, value, onChange, extra }: CriminalCodeFieldProps) {
  const { t, lang, enumLabel } = useI18n();
  const items = useCriminalCode();
  const id = fieldId(pointer);
  const listId = `${id}-options`;
  const hintId = `${id}-hint`;
  const hasErrors = useContext(FormErrorsContext).errorsAt(pointer).length > 0;
  const [draft, setDraft] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);

  const text = draft ?? value;
  const options = open ? searchItems(items, text === value && items.some((i) => i.ref === value) ? '' : text, lang).slice(0, MAX_OPTIONS) : [];
  const chosen = items.find((i) => i.ref === value);
  const uncatalogued = !chosen && value !== '' && parseArticleRef(value) !== null;
  const hint = chosen
    ? t('criminalCode.chosen', { title: chosen.title[lang], part: chosen.part, gravity: enumLabel(chosen.gravity), iccs: chosen.iccs.code })
    : uncatalogued
      ? t('criminalCode.notInCatalogue')
      : t('criminalCode.howTo');

  function pick(item: CriminalCodeItem) {
    setDraft(null);
    setOpen(false);
    onChange(item.ref);
  }

  function type(typed: string) {
    setDraft(typed);
    setOpen(true);
    setActive(0);
    onChange(storedValue(typed));
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => (options.length === 0 ? 0 : (a + step + options.length) % options.length));
    } else if (e.key === 'Enter' && open && options[active]) {
      // picks the part instead of sending the form
      e.preventDefault();
      pick(options[active]);
    } else if (e.key === 'Escape') {
      setOpen(false);
    }
  }

  const describedBy = [hasErrors ? errorsId(pointer) : '', hintId].filter(Boolean).join(' ');
  return (
    <div className={`field field-criminal-code${hasErrors ? ' has-error' : ''}`} data-path={pointer} data-widget="criminal-code-article">
      <label htmlFor={id}>
        {label}
        {required && <RequiredMark />}
      </label>
      <div className="field-control">
        <div className="criminal-code-combobox">
          <input
            type="text"
            id={id}
            name={pointer}
            role="combobox"
            autoComplete="off"
            placeholder={t('criminalCode.placeholder')}
            aria-autocomplete="list"
            aria-expanded={options.length > 0}
            aria-controls={listId}
            aria-activedescendant={options[active] ? `${listId}-${active}` : undefined}
            aria-required={required || undefined}
            aria-invalid={hasErrors || undefined}
            aria-describedby={describedBy}
            value={text}
            onChange={(e) => type(e.target.value)}
            onFocus={() => setOpen(true)}
            onBlur={() => {
              setOpen(false);
              setDraft(null);
            }}
            onKeyDown={onKeyDown}
          />
          {options.length > 0 && (
            <ul className="criminal-code-options" role="listbox" id={listId} aria-label={label}>
              {options.map((item, i) => (
                <li
                  key={item.ref}
                  id={`${listId}-${i}`}
                  role="option"
                  aria-selected={i === active}
                  className={i === active ? 'active' : undefined}
                  data-ref={item.ref}
                  // before the input's blur closes the list
                  onMouseDown={(e) => {
                    e.preventDefault();
                    pick(item);
                  }}
                  onMouseEnter={() => setActive(i)}
                >
                  <span className="criminal-code-ref">{item.ref}</span>
                  <span className="criminal-code-title">
                    {item.title[lang]}, {t('criminalCode.part', { part: item.part })}
                  </span>
                  <span className="criminal-code-gravity">{enumLabel(item.gravity)}</span>
                </li>
              ))}
            </ul>
          )}
        </div>
        {extra}
      </div>
      <p className="field-hint" id={hintId} data-testid="criminal-code-hint">
        {hint}
      </p>
      <FieldErrors pointer={pointer} />
    </div>
  );
}
