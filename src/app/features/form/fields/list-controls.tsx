/** Lists of strings (chips with suggestions), countries (searched by name), and colours. */
import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import { z } from 'zod';
import { COUNTRIES, countryName, searchCountries } from '@/spec/index';
import { fieldId, labelOf } from '../field-meta';
import { optionText, useHelperText, type ControlProps } from './scalar-fields';

const COUNTRY_CODES = COUNTRIES.map((c) => c.code);
const countryLabel = (code: string) => {
  const name = countryName(code);
  return name ? `${name} (${code})` : code;
};
const filterCountries = (options: string[], { inputValue }: { inputValue: string }) =>
  inputValue.trim() ? searchCountries(inputValue).map((c) => c.code) : options;

/** Is this a list (or single value) of ISO country codes? */
export const isCountryField = (path: readonly (string | number)[]) => {
  const last = String(path[path.length - 1]);
  return last === 'country_codes' || last === 'preset_issuing_country';
};

/** A list of strings: enum values, a known vocabulary (free text allowed), or countries. */
export function StringListControl({ meta, set, label }: ControlProps) {
  const element =
    meta.schema instanceof z.ZodArray ? (meta.schema.element as z.ZodType) : undefined;
  const closed = element instanceof z.ZodEnum;
  const countries = isCountryField(meta.path);
  const options = closed
    ? element.options.map(String)
    : countries
      ? COUNTRY_CODES
      : Object.keys(meta.entry?.values ?? {});
  const value = Array.isArray(meta.value) ? (meta.value as string[]) : [];
  const h = useHelperText(meta);
  const optionLabel = (o: string) =>
    countries ? countryLabel(o) : optionText(meta.entry?.values?.[o]?.label, o);
  return (
    <Autocomplete
      multiple
      freeSolo={!closed && !countries}
      size="small"
      id={fieldId(meta.path)}
      options={options}
      value={value}
      filterSelectedOptions
      getOptionLabel={optionLabel}
      filterOptions={countries ? filterCountries : undefined}
      onChange={(_, next) => set(next.map(String))}
      renderInput={(params) => (
        <TextField
          {...params}
          label={label ?? labelOf(meta)}
          placeholder={countries ? 'Search countries by name' : 'Add…'}
          error={h.error}
          helperText={h.helperText}
        />
      )}
    />
  );
}

/** One country, searched by name, stored as its ISO 3166-1 alpha-3 code. */
export function CountryControl({ meta, set, label }: ControlProps) {
  const h = useHelperText(meta);
  const value = typeof meta.value === 'string' ? meta.value : null;
  return (
    <Autocomplete
      size="small"
      id={fieldId(meta.path)}
      options={COUNTRY_CODES}
      value={value}
      getOptionLabel={countryLabel}
      filterOptions={filterCountries}
      onChange={(_, next) => set(next ?? undefined)}
      renderInput={(params) => (
        <TextField
          {...params}
          label={label ?? labelOf(meta)}
          placeholder="Search countries by name"
          error={h.error}
          helperText={h.helperText}
        />
      )}
    />
  );
}

const HEX6 = /^#[0-9a-fA-F]{6}$/;
const expand = (hex: string) =>
  /^#[0-9a-fA-F]{3}$/.test(hex) ? '#' + [...hex.slice(1)].map((c) => c + c).join('') : hex;

/** A colour: a picker and a hex text box, both labelled, kept in step. */
export function ColourControl({ meta, set, label }: ControlProps) {
  const h = useHelperText(meta);
  const text = typeof meta.value === 'string' ? meta.value : '';
  const name = label ?? labelOf(meta);
  const picker = HEX6.test(expand(text)) ? expand(text) : '#000000';
  return (
    <Box sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }}>
      <Box
        component="input"
        type="color"
        aria-label={`${name} picker`}
        value={picker}
        onChange={(e: React.ChangeEvent<HTMLInputElement>) => set(e.target.value)}
        sx={{
          width: 44,
          height: 40,
          p: 0.25,
          border: 1,
          borderColor: 'divider',
          borderRadius: 1,
          bgcolor: 'transparent',
          cursor: 'pointer',
        }}
      />
      <TextField
        fullWidth
        size="small"
        id={fieldId(meta.path)}
        label={`${name} (hex)`}
        value={text}
        placeholder="#2d9fff"
        onChange={(e) => set(e.target.value === '' && meta.optional ? undefined : e.target.value)}
        error={h.error}
        helperText={h.helperText}
      />
    </Box>
  );
}
