import { useId, useState, type FormEvent } from 'react';
import { useI18n } from '../i18n/use-i18n';

/** "Go to element": selects an element by its id, wherever in the file it is drawn. */
export function FindElementForm({ onFind }: { onFind(elementId: string): Promise<boolean> }) {
  const { t } = useI18n();
  const id = useId();
  const [value, setValue] = useState('');
  const [missing, setMissing] = useState<string>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const elementId = value.trim();
    if (!elementId) return;
    setMissing((await onFind(elementId)) ? undefined : elementId);
  }

  return (
    <form className="find-element" onSubmit={(event) => void submit(event)}>
      <label htmlFor={id}>{t('editor.elementId')}</label>
      <input id={id} type="text" value={value} spellCheck={false} data-testid="find-element" onChange={(e) => setValue(e.target.value)} />
      <button type="submit" className="button-secondary button-small">
        {t('editor.find')}
      </button>
      {missing && (
        <span className="find-missing" role="alert">
          {t('editor.elementNotFound', { id: missing })}
        </span>
      )}
    </form>
  );
}
