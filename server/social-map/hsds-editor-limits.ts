// What the /beheer editors take, applied to an imported record (issue 9; decision 0014
// point 10): an imported service or organisation must open and save in its editor unchanged,
// so it is checked against the very schemas the editors' bodies are (BeheerServiceInput,
// BeheerOrganizationInput in contract/openapi.yaml), not against numbers repeated here.
// A violation comes back named by the file's field, in the same plain Dutch as a 422.
import { contractSchema, createContractAjv, type ErrorObject } from '../contract.ts';
import { dutchMessage } from '../http/validate.ts';
import type { components } from '../../contract/types.ts';

type Schemas = components['schemas'];
export type EditorService = Schemas['BeheerServiceInput'];
export type EditorOrganization = Schemas['BeheerOrganizationInput'];

export interface EditorFault {
  /** The field in the file, relative to the service: `name`, `contacts[2].title`, `organization.name`. */
  field: string;
  detail: string;
}

// verbose: the value and the schema come with each error (its length, its x-pattern-error).
const ajv = createContractAjv({ verbose: true });
const serviceSchema = ajv.compile(contractSchema({ $ref: '#/components/schemas/BeheerServiceInput' }));
const organizationSchema = ajv.compile(contractSchema({ $ref: '#/components/schemas/BeheerOrganizationInput' }));

/** The editor's field (`/contacts/2/name`) as the file names it (`contacts[2].name`). */
type FieldMap = (path: string[], body: any) => string;

const serviceField: FieldMap = ([top, i, sub], body) => {
  switch (top) {
    case 'name': return 'name';
    case 'description': case 'longDescription': return 'description';
    case 'eligibility': return 'eligibility_description';
    case 'fees': return 'fees_description';
    case 'applicationProcess': return 'application_process';
    case 'phone': return 'phones[0].number';
    case 'website': return 'url';
    case 'categories': case 'kind': return 'attributes';
    case 'villages': return 'service_areas';
    case 'locations': return 'service_at_locations';
    case 'openingHours': {
      // Hours at a place are that place's schedules in the file.
      const at = i === undefined ? -1 : (body.locations as string[]).indexOf(body.openingHours[Number(i)]?.locationId);
      return at >= 0 ? `service_at_locations[${at}].schedules` : 'schedules';
    }
    case 'contacts': {
      if (i === undefined) return 'contacts';
      const field = sub === 'role' ? 'title' : sub === 'phone' ? 'phones[0].number' : sub;
      return `contacts[${i}]${field ? `.${field}` : ''}`;
    }
    default: return top ?? '';
  }
};

const organizationField: FieldMap = ([top]) =>
  `organization.${top === 'phone' ? 'phones[0].number' : top === 'kind' ? 'buurtkit_kind' : top}`;

function faults(errors: ErrorObject[] | null | undefined, body: unknown, field: FieldMap): EditorFault[] {
  const seen = new Set<string>();
  return (errors ?? [])
    // allOf and unevaluatedProperties repeat what the field's own error says.
    .filter((e) => e.keyword !== 'unevaluatedProperties' && e.keyword !== 'allOf')
    .map((e) => {
      const path = e.instancePath.split('/').slice(1);
      const detail =
        e.keyword === 'maxLength' && typeof e.data === 'string'
          ? `Is ${e.data.length} tekens lang; in /beheer mag dit hoogstens ${(e.params as { limit: number }).limit} tekens zijn. Maak het korter in het bestand.`
          : e.keyword === 'maxItems' && Array.isArray(e.data)
            ? `Heeft er ${e.data.length}; in /beheer hoogstens ${(e.params as { limit: number }).limit}. Maak de lijst korter in het bestand.`
            : `${dutchMessage(e)} (zo vraagt de editor in /beheer het.)`;
      return { field: field(path, body), detail };
    })
    .filter((f) => !seen.has(`${f.field} ${f.detail}`) && seen.add(`${f.field} ${f.detail}`));
}

/** What keeps the service editor from saving this service as it is; empty when it would. */
export function serviceEditorFaults(body: EditorService): EditorFault[] {
  return serviceSchema(body) ? [] : faults(serviceSchema.errors, body, serviceField);
}

/** What keeps the organisation editor from saving this organisation as it is. */
export function organizationEditorFaults(body: EditorOrganization): EditorFault[] {
  return organizationSchema(body) ? [] : faults(organizationSchema.errors, body, organizationField);
}
