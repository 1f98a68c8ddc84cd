// SNS -> log. Stands in for an e-mail or webhook to the customer.
export async function handler(event) {
  for (const record of event.Records) {
    console.log(JSON.stringify({ notify: JSON.parse(record.Sns.Message) }));
  }
}
