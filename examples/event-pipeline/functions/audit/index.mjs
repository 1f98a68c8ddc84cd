// DynamoDB stream -> audit log line per change. A thrown error retries the batch (up to
// maximum_retry_attempts, splitting it in two each time: bisect_batch_on_function_error).
export async function handler(event) {
  for (const record of event.Records) {
    console.log(
      JSON.stringify({
        audit: record.eventName,
        order_id: record.dynamodb?.Keys?.order_id?.S,
        before: record.dynamodb?.OldImage,
        after: record.dynamodb?.NewImage,
      }),
    );
  }
}
