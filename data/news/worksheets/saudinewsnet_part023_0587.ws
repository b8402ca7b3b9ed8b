# saudinewsnet_part023_0587 (annotator49)
# "شركة أوبر للسيارات الأجرة": classifier and trailing descriptor out (§7.7). "تطبيق أوبر" → ORG `أوبر` (the
# app is named through its owner). "وفقا للاقتصادية" → ORG `اقتصادية` (after لل).
@P1
ORG | أوبــر | p1_uber
MONEY | 100 مليون دولار | p1_money

@P2
ORG | أوبر | p2_uber
MONEY | ملايين الدولارت | p2_money        # vague amount with its (misspelled) currency

@P3
ORG | غوكر | p3_gawker
ORG | أوبر | p3_uber
MONEY | 100 مليون دولار | p3_money
DATE | الربع الثاني من 2014 | p3_q2
ORG | بي بي سي | p3_bbc

@P4
MONEY | 50 مليار دولار | p4_money1
ORG | أوبر | p4_uber1
ORG | أوبر | p4_uber2
ORG | أوبر | p4_uber3
MONEY | 263 مليون دولار | p4_money2
DATE | 2013 | p4_2013
MONEY | مليار دولار | p4_money3
DATE | 2014 | p4_2014
ORG | اقتصادية | p4_eqtisadiah

@P5
GPE | فرنسا | p5_france
MONEY | 7.3 مليون دولارا | p5_fine
GPE | كاليفورنيا | p5_california
NORP | الأمريكية | p5_american
ORG | أوبر | p5_uber
GPE | اسبانيا | p5_spain
GPE | تايلاند | p5_thailand
NORP | الهندية | p5_indian
GPE | ألمانيا | p5_germany
GPE | هولندا | p5_netherlands
REL | CRITICIZES | p5_spain | p5_uber
REL | CRITICIZES | p5_thailand | p5_uber

@P6
ORG | الوئام | p6_weam
ORG | أوبــر | p6_uber
MONEY | 100 مليون دولار | p6_money
