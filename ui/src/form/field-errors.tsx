import { useContext } from 'react';
import { fieldId } from '../schema/field-id';
import { FormErrorsContext } from './form-errors-context';

/** The id of the element listing a field's errors, for `aria-describedby`. */
export function errorsId(pointer: string): string {
  return `${fieldId(pointer)}-errors`;
}

/** The server's errors for one field, shown right under it. */
export function FieldErrors({ pointer }: { pointer: string }) {
  const messages = useContext(FormErrorsContext).errorsAt(pointer);
  if (messages.length === 0) return null;
  return (
    <div className="field-errors" id={errorsId(pointer)}>
      {messages.map((message, i) => (
        <p key={i} className="field-error" data-testid="form-error" data-path={pointer}>
          {message}
        </p>
      ))}
    </div>
  );
}
