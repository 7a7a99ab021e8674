// A labelled search box in the portal's input style (for lists, not for the wizard's form).
import { styled } from '@mui/material/styles';
import { useId } from 'react';
import { fieldInputStyles } from '../components/field-input-styles.ts';

const SearchInput = styled('input')(({ theme }) => fieldInputStyles(theme));

export function SearchField(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <div style={{ flex: '1 1 16rem', minWidth: 0 }}>
      <label htmlFor={id} style={{ display: 'block', fontWeight: 600, marginBottom: 4 }}>
        {props.label}
      </label>
      <SearchInput
        id={id}
        type="search"
        value={props.value}
        onChange={(event) => props.onChange(event.target.value)}
      />
    </div>
  );
}
