@P1
GPE | تونس | p1_tunisia
ORG | الأمم المتحدة | p1_un
LAW | التنمية المستدامة 2030 | p1_agenda

@P2
PER | خميس الجهيناوي | p2_jhinaoui
DATE | اليوم الجمعة 2 ديسمبر 2016 | p2_date
GPE | تونس | p2_tunisia
ORG | الأمم المتحدة | p2_un
LAW | أجندة التنمية المستدامة 2030 | p2_agenda
REL | ROLE | p2_jhinaoui | p2_tunisia

@P3
PER | الجهيناوي | p3_jhinaoui
ORG | الجوهرة أف أم | p3_jawhara
ORG | الأمم المتحدة | p3_un
