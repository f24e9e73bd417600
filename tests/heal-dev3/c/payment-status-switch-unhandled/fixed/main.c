#include <stdio.h>
#include <string.h>

enum payment_status { PAY_PENDING, PAY_CAPTURED, PAY_FAILED, PAY_REFUNDED };

static const char *customer_message(enum payment_status s)
{
    switch (s) {
    case PAY_PENDING:
        return "We are processing your payment.";
    case PAY_CAPTURED:
        return "Thank you, your payment was received.";
    case PAY_FAILED:
        return "Your payment could not be processed.";
    case PAY_REFUNDED:
        return "Your payment has been refunded.";
    }
    return "Unknown payment status.";
}

int main(void)
{
    const enum payment_status history[] = {PAY_PENDING, PAY_CAPTURED, PAY_REFUNDED};
    for (size_t i = 0; i < sizeof history / sizeof history[0]; i++)
        printf("%s\n", customer_message(history[i]));
    return strcmp(customer_message(PAY_REFUNDED), "Unknown payment status.") == 0;
}
