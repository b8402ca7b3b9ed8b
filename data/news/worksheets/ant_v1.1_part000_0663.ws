# ant_v1.1_part000_0663 (annotator15)
@P1
ORG | البنك المركزي | p1_bct
GPE | تونس | p1_tunisia
ORG | PayPal | p1_paypal

@P2
ORG | البنك المركزي التونسي | p2_bct
DATE | أمس الثلاثاء | p2_tue
ORG | PayPall | p2_paypal
DATE | 27 سبتمبر 2016 | p2_sep2016
GPE | تونس | p2_tunisia1
GPE | تونس | p2_tunisia2

@P3
ORG | البنك المركزي | p3_bct1
NORP | التونسي | p3_tun_adj
ORG | باي بال | p3_paypal1
GPE | تونس | p3_tunisia1
GPE | تونس | p3_tunisia2
ORG | باي بال | p3_paypal2
ORG | البنك المركزي | p3_bct2
NORP | التونسيين | p3_tunisians
ORG | باي بال | p3_paypal3
GPE | تونس | p3_tunisia3
