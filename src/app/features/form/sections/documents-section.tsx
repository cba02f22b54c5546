/** The ordered list of required documents, each with its options and filter. */
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import {
  addDocument,
  describeField,
  moveDocument,
  removeDocument,
  type RequiredDocument,
} from '@/spec/index';
import { useStudio, useStudioApi } from '@/app/store/context';
import { FieldHelp } from '../field-help';
import { fieldId } from '../field-meta';
import { SpecField } from '../spec-field';
import { Section } from './section';

const NEW: Record<RequiredDocument['type'], RequiredDocument> = {
  ID_DOCUMENT: { type: 'ID_DOCUMENT' },
  SUPPLEMENTARY_DOCUMENT: {
    type: 'SUPPLEMENTARY_DOCUMENT',
    objective: { type: 'PROOF_OF_ADDRESS' },
    document_types: ['UTILITY_BILL', 'BANK_STATEMENT', 'COUNCIL_TAX_BILL', 'PHONE_BILL'],
  },
};
const LABEL: Record<RequiredDocument['type'], string> = {
  ID_DOCUMENT: 'ID document',
  SUPPLEMENTARY_DOCUMENT: 'Supplementary document',
};

export function DocumentsSection() {
  const docs = useStudio((s) => s.spec.required_documents);
  const api = useStudioApi();
  const apply = api.getState().apply;
  const summary = docs.length
    ? docs.map((d, i) => `${i + 1}. ${LABEL[d.type]}`).join(' · ')
    : 'None (Yoti asks for one ID document)';
  return (
    <Section id="documents" title="Documents" keys={['required_documents']} summary={summary}>
      <FieldHelp entry={describeField('required_documents')} />
      {docs.map((doc, i) => (
        <Box
          key={i}
          id={fieldId(['required_documents', i])}
          tabIndex={-1}
          role="group"
          aria-label={`Document ${i + 1}: ${LABEL[doc.type]}`}
          sx={{
            border: 1,
            borderColor: 'divider',
            borderRadius: 1,
            p: 1.5,
            display: 'grid',
            gap: 2,
          }}
        >
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
            <Typography variant="subtitle1" component="h3" sx={{ flex: 1, fontWeight: 600 }}>
              {i + 1}. {LABEL[doc.type]}
            </Typography>
            <Button
              size="small"
              disabled={i === 0}
              onClick={() => apply((s) => moveDocument(s, i, i - 1))}
              aria-label={`Move document ${i + 1} up`}
            >
              Up
            </Button>
            <Button
              size="small"
              disabled={i === docs.length - 1}
              onClick={() => apply((s) => moveDocument(s, i, i + 1))}
              aria-label={`Move document ${i + 1} down`}
            >
              Down
            </Button>
            <Button
              size="small"
              color="error"
              onClick={() => apply((s) => removeDocument(s, i))}
              aria-label={`Remove document ${i + 1}`}
            >
              Remove
            </Button>
          </Box>
          <SpecField key={doc.type} path={['required_documents', i]} label="Document" />
        </Box>
      ))}
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
        <Button variant="outlined" onClick={() => apply((s) => addDocument(s, NEW.ID_DOCUMENT))}>
          Add ID document
        </Button>
        <Button
          variant="outlined"
          onClick={() => apply((s) => addDocument(s, structuredClone(NEW.SUPPLEMENTARY_DOCUMENT)))}
        >
          Add supplementary document
        </Button>
      </Box>
    </Section>
  );
}
