// The form the benchmark pages and the Node cold-start script validate first: an
// adult application with several errors (a name with a digit, an expired
// passport, a bad MRZ check digit, an unknown residence symbol, a landline, a
// broken e-mail, an unknown key), so the first call formats messages on both sides
// and parses a phone number. bench.mjs checks that the package and the peer agree
// on it before timing. The valid adult and child forms come from tests/vectors.
export const severalErrors = {
  id: "several-errors",
  options: { today: "2025-07-01", locale: "en" },
  form: {
    level: 2,
    applicant: {
      fullName: "SATO HANAK0",
      dateOfBirth: "1990-05-20",
      sex: "F",
      nationality: "JPN",
      passport: {
        number: "TK1234567",
        issuingState: "JPN",
        issueDate: "2015-05-21",
        expiryDate: "2025-05-20",
        mrz: "P<JPNSATO<<HANAKO<<<<<<<<<<<<<<<<<<<<<<<<<<<\nTK12345672JPN9005204F3105205<<<<<<<<<<<<<<<8",
      },
      residenceCard: {
        kind: "temporary",
        number: "LD0123456",
        symbol: "ZZ9",
        issueDate: "2025-01-10",
        expiryDate: "2027-01-09",
      },
    },
    contact: {
      phone: "+84 24 3825 1234",
      phoneOwner: "applicant",
      phoneOwnershipConfirmed: true,
      email: "hanako.sato@",
      fax: "+81 3 1234 5678",
    },
  },
};
